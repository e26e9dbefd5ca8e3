"""The Center: first-run set-up and its settings."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from asc_desk.db.models import Center
from asc_desk.domain.actor import ActorProvider, as_provider
from asc_desk.domain.center import CenterSettings, validate_center_settings
from asc_desk.domain.changes import NO_CHANGES, Area, Changes, Outcome
from asc_desk.domain.errors import N_, UserError
from asc_desk.services import audit
from asc_desk.services.database import Database

# The name, the time zone (which decides every local date) and the language: everything.
CENTER_CHANGED = Changes(Area.CENTER)


@dataclass(frozen=True)
class CenterInfo:
    id: int
    name: str
    factory_name: str
    time_zone: str
    language: str

    @property
    def settings(self) -> CenterSettings:
        return CenterSettings(self.name, self.factory_name, self.time_zone, self.language)


def _info(center: Center) -> CenterInfo:
    return CenterInfo(center.id, center.name, center.factory_name, center.time_zone,
                      center.language)


class CenterService:
    def __init__(self, db: Database, actor: str | ActorProvider) -> None:
        self._db = db
        self._actor = as_provider(actor)

    def get_center(self) -> CenterInfo | None:
        """The center this database belongs to, None before the first-run set-up."""
        with self._db.unit_of_work() as s:
            center = s.scalars(select(Center).order_by(Center.id).limit(1)).first()
            return _info(center) if center else None

    def set_up_center(self, settings: CenterSettings) -> Outcome[CenterInfo]:
        clean = validate_center_settings(settings)
        with self._db.unit_of_work() as s:
            if s.scalars(select(Center.id).limit(1)).first() is not None:
                raise UserError(N_("This database already has a center."))
            center = Center(**asdict(clean))
            s.add(center)
            s.flush()
            audit.record(s, actor=self._actor, entity="center", entity_id=center.id,
                         action="create", after=asdict(clean))
            return Outcome(_info(center), CENTER_CHANGED)

    def update_center(self, center_id: int, settings: CenterSettings) -> Outcome[CenterInfo]:
        clean = validate_center_settings(settings)
        with self._db.unit_of_work() as s:
            center = s.get(Center, center_id)
            if center is None:
                raise UserError(N_("The center no longer exists."))
            before = asdict(_info(center).settings)
            if before == asdict(clean):
                return Outcome(_info(center), NO_CHANGES)
            for key, value in asdict(clean).items():
                setattr(center, key, value)
            s.flush()
            audit.record(s, actor=self._actor, entity="center", entity_id=center.id,
                         action="update", before=before, after=asdict(clean))
            return Outcome(_info(center), CENTER_CHANGED)
