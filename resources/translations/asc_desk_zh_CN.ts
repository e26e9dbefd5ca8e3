<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../asc_desk/domain/center.py" line="+31"/>
        <source>The center needs a name.</source>
        <translation>请填写中心名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center name is longer than {max} characters.</source>
        <translation>中心名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The factory name is longer than {max} characters.</source>
        <translation>工厂名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown language {language}.</source>
        <translation>未知语言 {language}。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{zone} is not a known time zone (for example Asia/Shanghai).</source>
        <translation>{zone} 不是有效的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/program.py" line="+30"/>
        <source>Weekday {day} is not between Monday and Sunday.</source>
        <translation>星期 {day} 不在周一到周日之间。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unknown program kind {kind}: use term or holiday.</source>
        <translation>未知的项目类型 {kind}：请用 term（学期）或 holiday（假期）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program needs a name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program name is longer than {max} characters.</source>
        <translation>项目名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekdays {mask} are not Monday to Sunday.</source>
        <translation>星期设置 {mask} 不是周一到周日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/calendar_rules.py" line="+90"/>
        <location filename="../../asc_desk/domain/official_days.py" line="+113"/>
        <source>{value} is not a date.</source>
        <translation>{value} 不是日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{kind}” is not closed, open or hours.</source>
        <translation>“{kind}” 不是“关闭”“开放”或“调整时间”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why the calendar changes on this day.</source>
        <translation>请说明这一天日历变动的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed day has no opening hours.</source>
        <translation>关闭的日子没有开放时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the changed opening or closing time.</source>
        <translation>请填写调整后的开放或关闭时间。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{kind}” is neither term nor holiday.</source>
        <translation>“{kind}” 既不是学期项目也不是假期项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday mask {mask} is not a set of weekdays.</source>
        <translation>星期设置 {mask} 不是有效的星期组合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../asc_desk/domain/program.py" line="-5"/>
        <source>The last day {last} is before the first day {first}.</source>
        <translation>结束日期 {last} 早于开始日期 {first}。</translation>
    </message>
    <message>
        <location line="+149"/>
        <location filename="../../asc_desk/services/calendar/calendar_service.py" line="+97"/>
        <source>The range ends on {last}, before it starts on {first}.</source>
        <translation>日期范围的结束日 {last} 早于开始日 {first}。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../asc_desk/domain/dates.py" line="+42"/>
        <location filename="../../asc_desk/services/calendar/calendar_service.py" line="+151"/>
        <location filename="../../asc_desk/services/reports/month_figures.py" line="+191"/>
        <source>There is no month {month}.</source>
        <translation>没有 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/program.py" line="+8"/>
        <source>The program is open on no weekday.</source>
        <translation>项目没有选择任何开放的星期。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/calendar_rules.py" line="-268"/>
        <location filename="../../asc_desk/domain/program.py" line="+3"/>
        <source>Closing time {closes} is not after opening time {opens}.</source>
        <translation>关闭时间 {closes} 没有晚于开放时间 {opens}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/window_start.py" line="+80"/>
        <source>No screen found: ASC Desk needs a desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>找不到屏幕：ASC Desk 需要在桌面环境中运行（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/app.py" line="+535"/>
        <source>The screenshot file must end in .png.</source>
        <translation>截图文件名必须以 .png 结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../asc_desk/file_errors.py" line="+24"/>
        <location filename="../../asc_desk/reports/output.py" line="+53"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This database has no center yet: run `asc-desk demo` first.</source>
        <translation>此数据库还没有中心：请先运行 `asc-desk demo`。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/db_commands.py" line="+19"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregivers &amp; Shifts</source>
        <translation>照护员与排班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fill a new database with demo data and open it</source>
        <translation>在新数据库中填入演示数据并打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to write the demo data (default: demo.sqlite3 in the per-user data folder; $ASC_DESK_DB is ignored, so that the demo never writes into a center&apos;s real database)</source>
        <translation>演示数据写到哪里（默认：当前用户数据文件夹中的 demo.sqlite3；不使用 $ASC_DESK_DB，以免演示数据写进中心的真实数据库）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>random seed (default 1)</source>
        <translation>随机种子（默认 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many children (default 60)</source>
        <translation>儿童人数（默认 60）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only fill the database</source>
        <translation>只填数据库，不打开窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make the demo as if today were DATE, e.g. 2026-11-25 (default: today in the center&apos;s time zone); its history runs up to the day before</source>
        <translation>把 DATE 当作今天生成演示数据，例如 2026-11-25（默认：中心时区的今天）；历史记录截至前一天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>language of the demo&apos;s names and of its window (default zh_CN)</source>
        <translation>演示数据中姓名和窗口的语言（默认 zh_CN）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade, check, back up or restore the database</source>
        <translation>升级、检查、备份或恢复数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up, then upgrade the schema to this version</source>
        <translation>先备份，再把结构升级到本版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the database without changing it</source>
        <translation>检查数据库，不做任何修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy the live database into a backup file</source>
        <translation>把正在使用的数据库复制成备份文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backup file (default: the backups folder beside the database)</source>
        <translation>备份文件（默认：数据库旁边的备份文件夹）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the database with a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup to restore (see `asc-desk db backups`)</source>
        <translation>要恢复的备份（见 `asc-desk db backups`）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the backups, newest good one first, and whether each checks out</source>
        <translation>列出备份（最新的完好备份在前）以及每个备份是否完好</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render one page of the main window to PNG</source>
        <translation>把主窗口的一个页面保存为 PNG 图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sidebar page to render</source>
        <translation>要保存的侧边栏页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override the language</source>
        <translation>指定界面语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the {page} page to {path}</source>
        <translation>已把“{page}”页面保存到 {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--children takes a number from 0 to 20000.</source>
        <translation>--children 需要 0 到 20000 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--today takes a date from 2000 to 2100.</source>
        <translation>--today 需要 2000 到 2100 年之间的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo data written to {database}: center {center}, {programs} programs, {children} children.</source>
        <translation>演示数据已写入 {database}：中心 {center}，{programs} 个项目，{children} 名儿童。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem} Opening it as it is.</source>
        <translation>{problem} 按原样打开。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{revision} (this version: {head})</source>
        <translation>{revision}（本版本：{head}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity:</source>
        <translation>完整性：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>ok</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run `asc-desk db upgrade` (or start the app) to upgrade it.</source>
        <translation>请运行 `asc-desk db upgrade`（或启动程序）来升级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is damaged: {detail}. Details are in the log; `asc-desk db backups` lists the backups to restore.</source>
        <translation>数据库已损坏：{detail}。详情见日志；运行 `asc-desk db backups` 可列出可恢复的备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up {database} to {path}</source>
        <translation>已把 {database} 备份到 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Upgraded {database} from schema {old} to {revision}; backup: {backup}</source>
        <translation>已把 {database} 从结构版本 {old} 升级到 {revision}；备份：{backup}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{database} is up to date (schema {revision}).</source>
        <translation>{database} 已是最新（结构版本 {revision}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored {database} from {backup}.</source>
        <translation>已从 {backup} 恢复 {database}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept in {path}.</source>
        <translation>恢复前的数据库保存在 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgraded the restored data to schema {revision}.</source>
        <translation>已把恢复的数据升级到结构版本 {revision}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No backups of {database}.</source>
        <translation>{database} 没有备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOT OK: {problem}</source>
        <translation>有问题：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{children} children, {events} events</source>
        <translation>{children} 名儿童，{events} 条记录</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/backup.py" line="+53"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup copy did not check out, so it was not kept; details are in the log.</source>
        <translation>备份副本没有通过检查，所以没有保留；详情见日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup to {path} failed: {reason}.</source>
        <translation>备份到 {path} 失败：{reason}。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not a valid ASC Desk backup: {path} is not an ASC Desk database (not an SQLite file).</source>
        <translation>不是有效的 ASC Desk 备份：{path} 不是 ASC Desk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid ASC Desk backup: {path} is damaged and cannot be read ({reason}).</source>
        <translation>不是有效的 ASC Desk 备份：{path} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a valid ASC Desk backup: {path} is damaged ({detail}); details are in the log.</source>
        <translation>不是有效的 ASC Desk 备份：{path} 已损坏（{detail}）；详情见日志。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/app.py" line="-25"/>
        <location filename="../../asc_desk/db/backup.py" line="-9"/>
        <location filename="../../asc_desk/file_errors.py" line="+17"/>
        <location filename="../../asc_desk/services/database_service.py" line="+323"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/backup.py" line="-2"/>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} 是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not a valid ASC Desk backup: {path} holds no ASC Desk data.</source>
        <translation>不是有效的 ASC Desk 备份：{path} 里没有 ASC Desk 的数据。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore failed, the database was not changed: {reason}.</source>
        <translation>恢复失败，数据库没有改动：{reason}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/connect_errors.py" line="+18"/>
        <source>Cannot open {where}: {reason}</source>
        <translation>无法打开 {where}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the user name or password for {where}.</source>
        <translation>服务器拒绝了 {where} 的用户名或密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {name} does not exist on the server.</source>
        <translation>服务器上不存在数据库 {name}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the database server for {where}.</source>
        <translation>无法连接到 {where} 的数据库服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to {where}: {reason}</source>
        <translation>无法连接到 {where}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {where}.</source>
        <translation>无法连接到 {where}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at {where} runs PostgreSQL {version}; ASC Desk needs {minimum} or newer.</source>
        <translation>{where} 的服务器运行的是 PostgreSQL {version}；ASC Desk 需要 {minimum} 或更新版本。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/location.py" line="+42"/>
        <source>No database given.</source>
        <translation>没有指定数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database address is not a valid URL.</source>
        <translation>数据库地址不是有效的网址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite database must be a file.</source>
        <translation>SQLite 数据库必须是一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported database {kind}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>不支持的数据库 {kind}：请使用 SQLite 文件或 PostgreSQL 地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ASC Desk talks to PostgreSQL through psycopg 3: write the address as postgresql://user@host/database (not {driver}://).</source>
        <translation>ASC Desk 通过 psycopg 3 连接 PostgreSQL：请把地址写成 postgresql://user@host/database（不要写 {driver}://）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/lock.py" line="+43"/>
        <source>{name} has {count} names on this disk (hard links). SQLite cannot keep such a file safe: copy it to a file of its own and open the copy.</source>
        <translation>{name} 在这块磁盘上有 {count} 个名字（硬链接）。SQLite 无法保证这种文件的安全：请把它复制成一个独立的文件，再打开复制出的文件。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ASC Desk is already open on {name} (in another window or another program). Close it there first.</source>
        <translation>ASC Desk 已经打开了 {name}（在另一个窗口或程序中）。请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/migrate.py" line="+88"/>
        <source>The upgrade would break {count} links between records; nothing was changed.</source>
        <translation>升级会破坏 {count} 条记录之间的关联；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/revisions.py" line="+23"/>
        <source>This database was made by a newer version of ASC Desk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的 ASC Desk 创建（结构版本 {revision}）。请安装新版本后再打开；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/sqlite_file.py" line="+69"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/backup.py" line="-47"/>
        <location filename="../../asc_desk/db/sqlite_file.py" line="+5"/>
        <source>{path} is not an ASC Desk database (not an SQLite file).</source>
        <translation>{path} 不是 ASC Desk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../asc_desk/db/sqlite_file.py" line="+20"/>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/official_days.py" line="+5"/>
        <source>“{kind}” is neither a public holiday nor an adjusted working day.</source>
        <translation>“{kind}” 既不是法定假日也不是调休上班日。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The official holidays for {year} have not been published yet or are not known to ASC Desk; enter or import them (an .ics file or a newer chinesecalendar release).</source>
        <translation>{year} 年的法定节假日尚未公布，或 ASC Desk 还不知道；请手动录入或导入（.ics 文件或更新的 chinesecalendar 版本）。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{date} is entered both as a public holiday and as an adjusted working day.</source>
        <translation>{date} 同时被录入为法定假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/weekdays.py" line="+53"/>
        <source>“{part}” is not a weekday: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>“{part}” 不是星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{part}” is not a weekday number: 1 is Monday, 7 is Sunday.</source>
        <translation>“{part}” 不是星期编号：1 表示周一，7 表示周日。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The range “{part}” runs backwards: weeks start on Monday; list the days instead, e.g. Sat,Sun,Mon.</source>
        <translation>范围“{part}”是倒着的：一周从周一开始；请逐个列出，例如 周六、周日、周一。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{part}” has one range mark too many: write e.g. Mon-Fri.</source>
        <translation>“{part}” 多了一个范围符号：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range “{part}” has no first day: write e.g. Mon-Fri.</source>
        <translation>范围“{part}”缺少开始日：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>The range “{part}” has no last day: write e.g. Mon-Fri.</source>
        <translation>范围“{part}”缺少结束日：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No weekdays given: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>没有填写星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{part}” names no weekday: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>“{part}” 不是任何星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/center_service.py" line="+54"/>
        <source>This database already has a center.</source>
        <translation>此数据库已经有中心了。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The center no longer exists.</source>
        <translation>该中心已不存在。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/database_service.py" line="-280"/>
        <source>The database is on a network drive. SQLite is not safe there: keep the file on this PC, or let several PCs share a PostgreSQL server.</source>
        <translation>数据库位于网络驱动器上，SQLite 在那里不安全：请把文件放在本机，或让多台电脑共用一个 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an SQLite file, but not an ASC Desk database.</source>
        <translation>{path} 是 SQLite 文件，但不是 ASC Desk 数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no ASC Desk database at {path} yet: create it with `asc-desk db upgrade`, `asc-desk demo` or by opening the window.</source>
        <translation>{path} 还没有 ASC Desk 数据库：请用 `asc-desk db upgrade`、`asc-desk demo` 或打开窗口来创建。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} was made by an older version: run `asc-desk db upgrade` first (it backs it up, then upgrades it).</source>
        <translation>数据库 {path} 由旧版本创建：请先运行 `asc-desk db upgrade`（会先备份，再升级）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged ({detail}); details are in the log. Restore a backup (`asc-desk db backups` lists them).</source>
        <translation>{path} 已损坏（{detail}）；详情见日志。请恢复一个备份（`asc-desk db backups` 可列出备份）。</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+61"/>
        <source>Upgrading the database failed and it was left as it was ({reason}).</source>
        <translation>数据库升级失败，已保持原样（{reason}）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} is read-only; ASC Desk needs to write to it.</source>
        <translation>{path} 是只读的；ASC Desk 需要写入它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <translation>无法写入文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This database is on a PostgreSQL server: backups are the server&apos;s job (pg_dump or the server&apos;s own backup), not ASC Desk&apos;s.</source>
        <translation>此数据库在 PostgreSQL 服务器上：备份由服务器负责（pg_dump 或服务器自带的备份），不由 ASC Desk 负责。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} holds no ASC Desk data: there is nothing to back up.</source>
        <translation>{path} 里没有 ASC Desk 数据：没有需要备份的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged ({detail}), so it was not backed up; details are in the log. Restore a good backup instead.</source>
        <translation>{path} 已损坏（{detail}），所以没有备份；详情见日志。请改为恢复一个完好的备份。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Restoring a PostgreSQL server is done with the server&apos;s own tools.</source>
        <translation>PostgreSQL 服务器的恢复请使用服务器自带的工具。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file is the database itself.</source>
        <translation>这个文件就是数据库本身。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/demo/demo_service.py" line="+65"/>
        <source>This database already has data; demo data is only added to a new one.</source>
        <translation>此数据库已有数据；演示数据只会写入新的数据库。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/calendar/program_service.py" line="+87"/>
        <source>There is no program named {name}. Programs: {known}.</source>
        <translation>没有名为 {name} 的项目。现有项目：{known}。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{name} overlaps {other} ({first} to {last}), a program of the same kind.</source>
        <translation>{name} 与同类项目 {other}（{first} 至 {last}）的日期重叠。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A program named {name} already exists.</source>
        <translation>已经有名为 {name} 的项目。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/calendar_commands.py" line="+30"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a program weekday</source>
        <translation>不是项目的上课日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public holiday, open</source>
        <translation>法定假日，开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+253"/>
        <location line="+38"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+265"/>
        <source>adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>outside the program&apos;s dates</source>
        <translation>不在项目日期内</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <location line="+223"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="-1"/>
        <source>closed</source>
        <translation>停开</translation>
    </message>
    <message>
        <location line="-235"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="-240"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>term program</source>
        <translation>学期课后班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holiday program</source>
        <translation>假期班</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>special opening</source>
        <translation>特别开放</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>changed hours</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add and list programs</source>
        <translation>添加和列出项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a program</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the program&apos;s name, e.g. 2026秋季学期课后班</source>
        <translation>项目名称，例如 2026秋季学期课后班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>term: after school in the school term; holiday: summer or winter holiday care</source>
        <translation>term：学期中的课后班；holiday：暑假或寒假托管</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the program&apos;s first day</source>
        <translation>项目的第一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the program&apos;s last day</source>
        <translation>项目的最后一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Mon-Fri, 1-5, 1,3,5, 周一至周五 (term default: Mon-Fri)</source>
        <translation>例如 Mon-Fri、1-5、1,3,5、周一至周五（term 默认：Mon-Fri）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opening time on an ordinary day</source>
        <translation>普通日子的开门时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closing time on an ordinary day</source>
        <translation>普通日子的关门时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stay open on official public holidays (default: closed)</source>
        <translation>法定假日也开放（默认：停开）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stay closed on weekend days the State Council makes working days</source>
        <translation>国务院调休上班的周末也停开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the programs</source>
        <translation>列出项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open days, holidays and closures</source>
        <translation>开放日、假日和停开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each day of a month: open, why, hours</source>
        <translation>一个月的每一天：是否开放、原因、时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-10</source>
        <translation>例如 2026-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+9"/>
        <source>default: every program</source>
        <translation>默认：所有项目</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>official holidays and adjusted working days</source>
        <translation>法定假日和调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026</source>
        <translation>例如 2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter official days for a year not yet known</source>
        <translation>为尚未公布的年份录入法定假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the (first) day, e.g. 2027-02-06</source>
        <translation>（第一个）日期，例如 2027-02-06</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>the last day of a range of days</source>
        <translation>日期范围的最后一天</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>e.g. 春节</source>
        <translation>例如 春节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an adjusted working day (调休上班), not a holiday</source>
        <translation>调休上班日，而不是假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close on these days</source>
        <translation>这些日子停开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open on these days</source>
        <translation>这些日子开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other hours on these days</source>
        <translation>这些日子调整开放时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>the (first) day</source>
        <translation>（第一个）日期</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>why (shown on the calendar)</source>
        <translation>原因（显示在日历上）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opening time on these days (default: the program&apos;s)</source>
        <translation>这些日子的开门时间（默认：项目的时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closing time on these days (default: the program&apos;s)</source>
        <translation>这些日子的关门时间（默认：项目的时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove closures, openings and hour changes</source>
        <translation>取消停开、开放和时间调整</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import closure days (or official days)</source>
        <translation>导入停开日（或法定假日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .ics file to read</source>
        <translation>要读取的 .ics 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists official holidays and adjusted working days</source>
        <translation>文件列出的是法定假日和调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the days skipped because their year is already known</source>
        <translation>列出因年份已知而跳过的日子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export open days and closures to .ics</source>
        <translation>把开放日和停开日导出为 .ics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .ics file to write</source>
        <translation>要写入的 .ics 文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A holiday program needs --weekdays, e.g. Mon-Sat.</source>
        <translation>假期项目需要指定 --weekdays，例如 周一至周六。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added program {name} ({kind}, {first} to {last}, {weekdays}, {hours}).</source>
        <translation>已添加项目 {name}（{kind}，{first} 至 {last}，{weekdays}，{hours}）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No programs yet.</source>
        <translation>还没有项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/db_commands.py" line="-5"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekdays</source>
        <translation>上课日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No programs yet: add one with `asc-desk program add`.</source>
        <translation>还没有项目：请用 `asc-desk program add` 添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: the official holidays for {year} are not known yet; days marked ? are judged by weekday only. Enter them with `asc-desk calendar official` or `asc-desk calendar import-ics --official`.</source>
        <translation>注意：{year} 年的法定假日尚未知晓；标 ? 的日子只按星期判断。请用 `asc-desk calendar official` 或 `asc-desk calendar import-ics --official` 录入。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>OPEN</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probably closed</source>
        <translation>可能停开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}: {detail}</source>
        <translation>{reason}：{detail}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The official holidays for {year} have not been published yet (or this version does not know them). Nothing is guessed: enter them with `asc-desk calendar official` or import an .ics with `asc-desk calendar import-ics FILE --official`.</source>
        <translation>{year} 年的法定假日尚未公布（或本版本还不知道）。系统不做猜测：请用 `asc-desk calendar official` 录入，或用 `asc-desk calendar import-ics FILE --official` 导入 .ics 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official days of {year} (entered in ASC Desk):</source>
        <translation>{year} 年的法定假日和调休（在 ASC Desk 中录入）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official days of {year} (from the chinesecalendar package):</source>
        <translation>{year} 年的法定假日和调休（来自 chinesecalendar 软件包）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Entered {count} official day(s): {name}, {first} to {last}.</source>
        <translation>已录入 {count} 个法定日：{name}，{first} 至 {last}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already entered so: {name}, {first} to {last}; nothing changed.</source>
        <translation>已按此录入：{name}，{first} 至 {last}；未作更改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replaced {date}: {before} ({before_kind}) → {after} ({after_kind}).</source>
        <translation>已替换 {date}：{before}（{before_kind}）→ {after}（{after_kind}）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>every program</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved for {count} day(s), {first} to {last}, {scope}: {kind}.</source>
        <translation>已保存 {count} 天（{first} 至 {last}，{scope}）：{kind}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed {count} change(s); the usual rules apply again.</source>
        <translation>已删除 {count} 项调整；恢复通常的规则。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported {count} closed day(s) from {file}.</source>
        <translation>已从 {file} 导入 {count} 个停开日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already closed so, left as they were: {count} day(s).</source>
        <translation>已是停开，未改：{count} 天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: {item}</source>
        <translation>已跳过：{item}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {count} official day(s) from {file}.</source>
        <translation>已从 {file} 导入 {count} 个法定日。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already entered so, left as they were: {count} day(s).</source>
        <translation>已按此录入，未改：{count} 天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published in full: {years}.</source>
        <translation>已完整公布：{years}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered by the file (no Spring Festival and National Day), so still not published: {years}; its days were entered one by one.</source>
        <translation>文件没有完整覆盖（缺少春节和国庆节），因此仍算未公布：{years}；其中的日子已逐天录入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already known: {years} (from the chinesecalendar package); {count} day(s) of the file left as they are</source>
        <translation>已知年份：{years}（来自 chinesecalendar 软件包）；文件中的 {count} 天保持不变</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (--verbose names them).</source>
        <translation>（--verbose 可列出）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported {program} to {file}.</source>
        <translation>已把 {program} 导出到 {file}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported every program to {file}.</source>
        <translation>已把所有项目导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/common.py" line="+24"/>
        <source>SQLite file or PostgreSQL URL (default: $ASC_DESK_DB or the per-user data folder)</source>
        <translation>SQLite 文件或 PostgreSQL 地址（默认：$ASC_DESK_DB，或当前用户的数据文件夹）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This database has no center yet: run `asc-desk center init NAME --factory NAME`, open ASC Desk once, or run `asc-desk demo`.</source>
        <translation>这个数据库还没有中心：请运行 `asc-desk center init 名称 --factory 工厂名称`，或打开一次 ASC Desk，或运行 `asc-desk demo`。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{path} is larger than {size} MB; import a smaller file.</source>
        <translation>{path} 超过 {size} MB；请导入较小的文件。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/file_errors.py" line="-13"/>
        <source>Cannot write {path}: the disk or folder is read-only (a write-protected USB drive, a read-only share).</source>
        <translation>无法写入 {path}：磁盘或文件夹是只读的（U 盘有写保护，或共享文件夹只读）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: the disk is full.</source>
        <translation>无法写入 {path}：磁盘已满。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is a folder; choose a file in it.</source>
        <translation>{path} 是文件夹；请选择其中的一个文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {path}: no permission to open it.</source>
        <translation>无法读取 {path}：没有打开它的权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/calendar_commands.py" line="-7"/>
        <source>The file name must end in .ics.</source>
        <translation>文件名必须以 .ics 结尾。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/calendar/calendar_files.py" line="+45"/>
        <source>Already decided by the center, left as it is: {date} closed: {reason}</source>
        <translation>已有中心决定，未改：{date} 停开：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already decided by the center, left as it is: {date} special opening: {reason}</source>
        <translation>已有中心决定，未改：{date} 特别开放：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already decided by the center, left as it is: {date} changed hours {hours}: {reason}</source>
        <translation>已有中心决定，未改：{date} 调整时间 {hours}：{reason}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{date} {event}: a timed event, which closes nothing</source>
        <translation>{date} {event}：定时事件，不停开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} {event}: this is a working day, not a closure</source>
        <translation>{date} {event}：这是上班日，不是停开日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No day was closed: the file&apos;s events are outside the years {first}–{last} the app can check, or repeat more often than daily.</source>
        <translation>没有停开任何一天：文件里的事件不在本程序能核对的 {first}–{last} 年范围内，或重复得比每天一次还频繁。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no all-day events, so no day was closed.</source>
        <translation>文件里没有全天事件，所以没有关闭任何一天。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The file has no official holidays or adjusted working days.</source>
        <translation>文件里没有法定节假日或调休上班日。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There are no programs to export.</source>
        <translation>没有可以导出的项目。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/file_errors.py" line="-12"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/dates.py" line="-13"/>
        <source>“{value}” is not a date: write it as 2026-10-12.</source>
        <translation>“{value}” 不是日期：请写成 2026-10-12 的格式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} does not exist in the calendar.</source>
        <translation>日历上没有 {value} 这一天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{value}” is not a month: write it as 2026-10.</source>
        <translation>“{value}” 不是月份：请写成 2026-10 的格式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is not a time of day: write it as 16:30.</source>
        <translation>“{value}” 不是时间：请写成 16:30 的格式。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/calendar/calendar_ics.py" line="+75"/>
        <source>Unknown time zone “{zone}”.</source>
        <translation>未知时区“{zone}”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The iCalendar (.ics) file is not UTF-8 text; save it as UTF-8 and import it again.</source>
        <translation>该 iCalendar（.ics）文件不是 UTF-8 文本；请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>This is not an iCalendar (.ics) file, or the file is damaged.</source>
        <translation>这不是 iCalendar（.ics）文件，或者文件已损坏。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+236"/>
        <source>The event “{event}” has a {property} that cannot be read.</source>
        <translation>事件“{event}”的 {property} 无法读取。</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>The event “{event}” has no date (DTSTART).</source>
        <translation>事件“{event}”没有日期（DTSTART）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The event “{event}” ends before it starts.</source>
        <translation>事件“{event}”的结束早于开始。</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+39"/>
        <source>The event “{event}” repeats by a rule (RRULE) that cannot be read.</source>
        <translation>事件“{event}”的重复规则（RRULE）无法读取。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{event}: repeats {freq} (more often than daily); only whole days can be read</source>
        <translation>{event}：按 {freq} 重复（比每天更频繁）；只能读取整天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{event}: not read, the file&apos;s repeating events took too long (over {seconds} s)</source>
        <translation>{event}：未读取，文件中的重复事件耗时太长（超过 {seconds} 秒）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{event}: only {found} occurrence(s) read, the limit is {days} days per file and {seconds} s</source>
        <translation>{event}：只读取了 {found} 次，每个文件最多 {days} 天、{seconds} 秒</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>The event “{event}” is longer than {days} days; check its dates or split it.</source>
        <translation>事件“{event}”超过 {days} 天；请检查日期或拆分。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The iCalendar file is larger than {size} MB; import a smaller file.</source>
        <translation>该 iCalendar 文件超过 {size} MB；请导入较小的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The iCalendar file has no events.</source>
        <translation>该 iCalendar 文件里没有事件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{event}” and later events: not read, the limit is {days} days per file</source>
        <translation>“{event}”及之后的事件：未读取，每个文件最多 {days} 天</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event}: {year}, outside the years {first}–{last} the app&apos;s calendar can check</source>
        <translation>{event}：{year} 年，超出本程序日历能核对的 {first}–{last} 年</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{date} {event}: cancelled in the file (STATUS:CANCELLED)</source>
        <translation>{date} {event}：文件中已取消（STATUS:CANCELLED）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{event}: cancelled in the file (STATUS:CANCELLED)</source>
        <translation>{event}：文件中已取消（STATUS:CANCELLED）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{date} {event}: a timed event, not a day off</source>
        <translation>{date} {event}：定时事件，不是放假日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} {event}: not an official day off (no holiday&apos;s name, and no 休 or 假 in its title)</source>
        <translation>{date} {event}：不是法定放假日（没有节日名称，标题里也没有“休”或“假”）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} is both a public holiday and an adjusted working day in the file.</source>
        <translation>文件中 {date} 既是法定假日又是调休上班日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/calendar/calendar_service.py" line="-148"/>
        <location filename="../../asc_desk/services/shifts/shift_service.py" line="+202"/>
        <source>A range of dates may cover at most {days} days.</source>
        <translation>日期范围最多只能包含 {days} 天。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{year} is not a year the calendar can check: give it in four digits, from {first} to {last} (e.g. 2027).</source>
        <translation>{year} 不是日历能核对的年份：请用四位数字写 {first} 到 {last} 之间的年份（例如 2027）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No official days were given.</source>
        <translation>没有提供任何法定日期。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>There are no days to change.</source>
        <translation>没有需要修改的日子。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The days from {first} to {last} were changed meanwhile (on another desk?): they were not changed back.</source>
        <translation>{first} 至 {last} 这几天在此期间已被修改（是否在另一台电脑上改过？）：没有撤销。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/desk_settings.py" line="+42"/>
        <location filename="../../asc_desk/domain/ratio_rules.py" line="+84"/>
        <location filename="../../asc_desk/domain/staff.py" line="+129"/>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="+169"/>
        <location filename="../../asc_desk/services/shifts/shift_service.py" line="-9"/>
        <source>Use a number from {low} to {high}.</source>
        <translation>请填写 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="+142"/>
        <source>Say who is collecting the child.</source>
        <translation>请填写接孩子的人。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name} was recorded meanwhile: not marked absent.</source>
        <translation>{name} 刚刚已有记录：没有记为缺勤。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say why the record is corrected.</source>
        <translation>请说明更正的原因。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Record {event} does not exist.</source>
        <translation>记录 {event} 不存在。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/desk_warnings.py" line="+26"/>
        <source>{name} checked in at {time}, after closing time ({closes}): recorded; make sure someone stays with the child.</source>
        <translation>{name} 在 {time} 签到，已过关门时间（{closes}）：已记录；请确保有人陪着孩子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not expected today and checked in at {time}, after closing time ({closes}): recorded as unscheduled; make sure someone stays with the child.</source>
        <translation>{name} 今天不在预约名单上，且在 {time} 签到时已过关门时间（{closes}）：已记录（记为未预约到园）；请确保有人陪着孩子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} checked in at {time}, before the program opens ({opens}): recorded.</source>
        <translation>{name} 在 {time} 签到，此时还没开门（{opens} 开门）：已记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not expected today and checked in at {time}, before the program opens ({opens}): recorded as unscheduled.</source>
        <translation>{name} 今天不在预约名单上，且在 {time} 签到时还没开门（{opens} 开门）：已记录（记为未预约到园）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not expected today: checked in at {time} anyway (recorded as unscheduled).</source>
        <translation>{name} 今天不在预约名单上：仍于 {time} 签到（记为未预约到园）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not expected on {date}: the absence is kept in the history but not counted as an absence.</source>
        <translation>{name} 在 {date} 不是预计到园日：这条缺勤记入历史记录，但不计为缺勤。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} collected by {pickup} at {time}: {pickup} is not on the pickup list (recorded with the coordinator&apos;s reason).</source>
        <translation>{name} 于 {time} 由 {pickup} 接走：{pickup} 不在接送名单上（已连同负责人的理由记录）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_day_actions.py" line="+79"/>
        <source>That record does not exist.</source>
        <translation>这条记录不存在。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="-140"/>
        <location line="+27"/>
        <source>Corrected the record of {name}.</source>
        <translation>已更正 {name} 的记录。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/attendance_desk.py" line="+84"/>
        <source>{name} has left the center (withdrawn on {date}).</source>
        <translation>{name} 已离园（{date}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is enrolled from {date}, after this day.</source>
        <translation>{name} 从 {date} 开始入托，晚于这一天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The center is closed on {date} by the calendar: give a reason to check a child in anyway.</source>
        <translation>按日历 {date} 不开放：如仍要签到，请填写原因。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} was not checked in today: give the time of arrival and a reason to record both.</source>
        <translation>{name} 今天没有签到：请填写到达时间和原因，两条一起记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for recording the arrival afterwards.</source>
        <translation>请填写补记签到的原因。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The child was collected at {time} after this check-in: correct the check-out first.</source>
        <translation>这次签到之后，孩子已在 {time} 被接走：请先更正签退记录。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="+44"/>
        <source>{name} was just recorded; the second scan was not recorded again.</source>
        <translation>{name} 刚刚已记录；第二次扫描没有重复记录。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/attendance_desk.py" line="-49"/>
        <source>{name} is already here: scan again to start the check-out.</source>
        <translation>{name} 已在园：再扫一次开始签退。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="+11"/>
        <source>{name} checked in at {time}.</source>
        <translation>{name} {time} 签到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} collected by {pickup} at {time}.</source>
        <translation>{name} {time} 由 {pickup} 接走。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} marked absent on {date}.</source>
        <translation>{name} {date} 记为缺勤。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/attendance_rules.py" line="+382"/>
        <source>{pickup} may not collect {name}. Allowed: {allowed}. A coordinator may let them, with a reason.</source>
        <translation>{pickup} 不能接 {name}。可以接的人：{allowed}。负责人可以填写原因后放行。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="+110"/>
        <location filename="../../asc_desk/services/calendar/calendar_service.py" line="-93"/>
        <location filename="../../asc_desk/services/roster/card_revocation.py" line="+38"/>
        <location filename="../../asc_desk/services/roster/roster_service.py" line="+350"/>
        <location filename="../../asc_desk/services/shifts/staff_clock_service.py" line="+61"/>
        <source>The reason is longer than {max} characters.</source>
        <translation>原因超过 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/calendar/calendar_service.py" line="+115"/>
        <location line="+25"/>
        <location filename="../../asc_desk/services/calendar/program_service.py" line="-86"/>
        <location line="+45"/>
        <location filename="../../asc_desk/services/roster/roster_service.py" line="+116"/>
        <source>The program no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} of these days are outside every program&apos;s dates (first: {first}); they are saved but change nothing yet.</source>
        <translation>其中 {count} 天不在任何项目的日期范围内（第一天：{first}）；已保存，但目前不影响任何项目。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/roster.py" line="+153"/>
        <source>This holds an invisible control character (U+{code}): retype the text without it.</source>
        <translation>这里含有一个看不见的控制字符（U+{code}）：请去掉它重新输入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../asc_desk/domain/staff.py" line="-43"/>
        <source>This is longer than {max} characters.</source>
        <translation>超过了 {max} 个字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The child needs a name.</source>
        <translation>请填写孩子的姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each guardian needs a name.</source>
        <translation>每位家长都要填写姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each authorized pickup needs a name.</source>
        <translation>每位授权接送人都要填写姓名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}” starts with {mark}: that is a spreadsheet formula, not a name.</source>
        <translation>“{name}”以 {mark} 开头：这是电子表格的公式，不是姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../asc_desk/domain/staff.py" line="+10"/>
        <source>The name {name} is longer than {max} characters.</source>
        <translation>姓名 {name} 超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{phone}” is not a phone number.</source>
        <translation>“{phone}” 不是电话号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{phone}” is not a mobile number: a mobile number has 11 digits and starts with 1 (a landline starts with its area code, e.g. 0769-12345678).</source>
        <translation>“{phone}”不是手机号码：手机号码是以 1 开头的 11 位数字（固定电话以区号开头，例如 0769-12345678）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 还没到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date {date} is too long ago for a child.</source>
        <translation>出生日期 {date} 太早，不像是孩子。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The enrollment ends on {last}, before it starts on {first}.</source>
        <translation>入托结束日 {last} 早于开始日 {first}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The enrollment has no weekdays.</source>
        <translation>入托没有选择出勤日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_rows.py" line="+216"/>
        <source>“{part}” is not an authorized pickup: write it as 王芳(外婆,13800000000), several separated by ;.</source>
        <translation>“{part}” 不是有效的接送人：请写成 王芳(外婆,13800000000)，多人用 ; 分隔。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>“{value}” is not a gender: write M or F (男 or 女), or leave it empty.</source>
        <translation>“{value}” 不是性别：请写 男 或 女（M 或 F），或留空。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{column} is filled in but no program is named: write the program the child is enrolled in.</source>
        <translation>填写了{column}但没有写项目：请写孩子报名的项目。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no program called “{program}”: the programs are {known}.</source>
        <translation>没有名为“{program}”的项目：现有项目为 {known}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no program called “{program}”: add it first.</source>
        <translation>没有名为“{program}”的项目：请先建立该项目。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The child number {id} is on more than one row: rows {rows}.</source>
        <translation>编号 {id} 出现在多行：第 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_service.py" line="-232"/>
        <source>No child found for “{ref}” (card code, child id or name).</source>
        <translation>找不到“{ref}”对应的孩子（接送卡号、编号或姓名）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} children are called “{ref}”: use the card code or the child id.</source>
        <translation>有 {count} 个孩子叫“{ref}”：请用接送卡号或编号。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Say why the child leaves.</source>
        <translation>请填写离园原因。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has already left (on {date}).</source>
        <translation>{name} 已经离园（{date}）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is already on the roster.</source>
        <translation>{name} 已经在名册上。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name}&apos;s record was changed meanwhile (on another desk?): it was not changed back.</source>
        <translation>{name} 的记录在此期间已被修改（是否在另一台电脑上改过？）：没有撤销。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The printed sheets cannot show {chars}: the font has no such character. Add a note (e.g. its pinyin) so nobody misreads the name.</source>
        <translation>打印的表格无法显示“{chars}”：字体中没有这个字。请加一条备注（例如拼音），以免读错名字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printed sheets cannot show these {count} characters: {chars}; no bundled font has them. Add a note (e.g. their pinyin) so nobody misreads the name.</source>
        <translation>打印的表格无法显示这 {count} 个字：{chars}；随附的字体都没有这些字。请加一条备注（例如拼音），以免有人读错名字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No accident insurance is recorded for an enrollment.</source>
        <translation>有一项入托没有登记意外保险。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accident insurance expired on {date}.</source>
        <translation>意外保险已于 {date} 到期。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The child id {id} was just taken by another child (saved on another desk?). Nothing was saved.</source>
        <translation>编号 {id} 刚刚被另一个孩子占用（在另一台电脑上保存的？）。没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another desk saved a child at the same moment. Nothing was saved; save again.</source>
        <translation>另一台电脑同时保存了一个孩子。没有保存任何内容；请再保存一次。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/attendance_service.py" line="-61"/>
        <location filename="../../asc_desk/services/attendance/pickup_details.py" line="+34"/>
        <location filename="../../asc_desk/services/roster/card_revocation.py" line="+14"/>
        <location filename="../../asc_desk/services/roster/roster_service.py" line="-118"/>
        <source>The child is no longer on the roster.</source>
        <translation>这个孩子已不在名册上。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_service.py" line="+29"/>
        <source>The child id {id} is already used by {name}.</source>
        <translation>编号 {id} 已被 {name} 使用。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_files.py" line="+78"/>
        <source>{file} is not a CSV or XLSX file: save the roster from Excel or WPS as .xlsx or .csv and import that.</source>
        <translation>{file} 不是 CSV 或 XLSX 文件：请在 Excel 或 WPS 中把名册另存为 .xlsx 或 .csv 再导入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} is larger than {size} MB: no roster is that large. Check the file, or split it.</source>
        <translation>{file} 超过 {size} MB：名册不会这么大。请检查文件，或拆成几个小文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+154"/>
        <location line="+66"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>{file} is an old Excel .xls file or has a password: open it in Excel or WPS, remove any password, save it as .xlsx or .csv and import that.</source>
        <translation>{file} 是旧的 Excel .xls 文件或设有密码：请在 Excel 或 WPS 中打开，去掉密码，另存为 .xlsx 或 .csv 再导入。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The sheet has {count} columns, more than the {max} a roster may have. Check the file.</source>
        <translation>表格有 {count} 列，超过名册最多允许的 {max} 列。请检查文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} has {count} columns, more than the {max} a roster may have. Check the file.</source>
        <translation>第 {row} 行有 {count} 列，超过名册最多允许的 {max} 列。请检查文件。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Row {row}, column {column} of {file} holds more than 64 KB: no cell of a roster is that long. Check the file.</source>
        <translation>{file} 第 {row} 行“{column}”列超过 64 KB：名册的单元格不会这么长。请检查文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} has no header row in its first {rows} rows: one row must name the columns, one of them the child&apos;s name ({names}).</source>
        <translation>{file} 的前 {rows} 行里没有表头：其中一行必须是列名，其中一列是孩子的姓名（{names}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The columns {first} and {second} of {file} both mean {column}: keep one.</source>
        <translation>{file} 的“{first}”和“{second}”两列都表示 {column}：请只保留一列。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has no column for the child&apos;s name: its header must be {names}.</source>
        <translation>{file} 没有孩子姓名这一列：表头必须是 {names}。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{file} has more than {max} rows: split it into smaller files.</source>
        <translation>{file} 超过 {max} 行：请拆成几个小文件。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_export.py" line="+22"/>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation>文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_import.py" line="+170"/>
        <source>{file} lists no children.</source>
        <translation>{file} 里没有孩子。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The file has no guardian_name column: {columns} cannot be saved without a parent&apos;s name (add the column to import them).</source>
        <translation>文件里没有 家长姓名 列：没有家长姓名，{columns} 无法保存（加上这一列才能导入）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no birth_date column: the children&apos;s ages stay unknown, and they are found again by name and a parent&apos;s phone.</source>
        <translation>文件里没有 出生日期 列：孩子的年龄不详，再次导入时按姓名和家长电话找到孩子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has no guardian_phone column: the children come in without a parent&apos;s phone.</source>
        <translation>文件里没有 家长电话 列：导入的孩子没有家长电话。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column {column} holds 1, 2, 3 … in order: if these are row numbers, head it 序号 so they are not taken as child numbers.</source>
        <translation>{column} 这一列依次是 1、2、3……：如果这是行号，请把表头改成“序号”，就不会当作孩子的编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} row(s) of the sheet are hidden in Excel (rows {rows}): they are imported like the others.</source>
        <translation>表格里有 {count} 行在 Excel 中被隐藏（第 {rows} 行）：这些行同样会导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} ({text}) is a note, not a child: not imported.</source>
        <translation>第 {row} 行（{text}）是说明，不是孩子：不导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row} ({text}) is a totals row: not imported.</source>
        <translation>第 {row} 行（{text}）是合计行：不导入。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The roster has changed since {file} was checked (on another computer?): nothing was written. Import the file again.</source>
        <translation>检查 {file} 之后名册已有变动（是否在另一台电脑上导入过？）：未写入任何数据。请重新导入该文件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This is the same child as row {row}.</source>
        <translation>这与第 {row} 行是同一个孩子。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>{count} row(s) have errors; nothing was written.</source>
        <translation>有 {count} 行有错误；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/attendance_commands.py" line="+17"/>
        <source>to arrive</source>
        <translation>未到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>present</source>
        <translation>在园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected</source>
        <translation>已接走</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present (not expected)</source>
        <translation>在园（非预期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collected (not expected)</source>
        <translation>已接走（非预期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent: sick</source>
        <translation>缺勤：病假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent: on leave</source>
        <translation>缺勤：请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent: notified by the family</source>
        <translation>缺勤：家长已通知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent: other</source>
        <translation>缺勤：其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>check-out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absence</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check-in desk: arrivals, departures, absences</source>
        <translation>签到台：签到、签出、缺勤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record an arrival</source>
        <translation>记录签到</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+30"/>
        <location filename="../../asc_desk/cli/roster_edit_commands.py" line="+40"/>
        <source>card code, child id, or exact unique name</source>
        <translation>接送卡号、编号，或完整且唯一的姓名</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+8"/>
        <source>default: now</source>
        <translation>默认：现在</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>needed on a day the calendar has closed</source>
        <translation>在日历上不开放的日子必须填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record who collected a child</source>
        <translation>记录谁接走了孩子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>who collects the child: a guardian or authorized pickup</source>
        <translation>接孩子的人：家长或授权接送人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coordinator lets someone not on the list</source>
        <translation>协调员允许名单以外的人接走</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the child was never checked in: record the arrival too</source>
        <translation>孩子没有签到：同时补记签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the arrival is recorded afterwards</source>
        <translation>为什么事后补记签到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark a child absent (also in advance)</source>
        <translation>登记孩子缺勤（也可提前登记）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day of the absence</source>
        <translation>缺勤的日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sick, on leave, notified by the family, or other</source>
        <translation>生病、请假、家长已通知或其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a short note, e.g. 回老家</source>
        <translation>简短备注，例如 回老家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correct a record (see history): void it, or give a new time or pickup</source>
        <translation>更正一条记录（见 history）：作废，或给出新的时间或接送人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record&apos;s number (shown by `attendance history`)</source>
        <translation>记录的编号（由 `attendance history` 列出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why (recorded; needed)</source>
        <translation>原因（会记录下来；必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new time, on the record&apos;s day</source>
        <translation>新的时间（记录当天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who really collected the child</source>
        <translation>实际接走孩子的人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record should not exist: void it without a replacement</source>
        <translation>这条记录本不该存在：作废且不补新记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take back a record made by mistake</source>
        <translation>撤回误记的记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record&apos;s number</source>
        <translation>记录的编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each child of a day: state, times, who collected</source>
        <translation>某一天每个孩子的情况：状态、时间、接送人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: today</source>
        <translation>默认：今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location filename="../../asc_desk/cli/calendar_commands.py" line="-356"/>
        <location line="+9"/>
        <location line="+5"/>
        <location filename="../../asc_desk/cli/center_commands.py" line="+55"/>
        <location line="+15"/>
        <location filename="../../asc_desk/cli/db_commands.py" line="-160"/>
        <location line="+12"/>
        <location filename="../../asc_desk/cli/roster_commands.py" line="+52"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>every record of a child, corrections included</source>
        <translation>一个孩子的全部记录，包括更正</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+158"/>
        <source>“{value}” is not a date and time: write it as 2026-11-25T16:40.</source>
        <translation>“{value}” 不是日期时间：请写成 2026-11-25T16:40。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Give --at or --pickup for the corrected record, or --void to void it.</source>
        <translation>请用 --at 或 --pickup 给出更正后的记录，或用 --void 作废这条记录。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{day}: the calendar has the center closed.</source>
        <translation>{day}：按日历中心停开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: expected {expected}, present {present}, collected {collected}, absent {absent}, to arrive {to_arrive}</source>
        <translation>{day}：应到 {expected}，在园 {present}，已接走 {collected}，缺勤 {absent}，未到 {to_arrive}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in {time}</source>
        <translation>签到 {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out {time}</source>
        <translation>签出 {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by {name}</source>
        <translation>由 {name} 接走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override: {reasons}</source>
        <translation>特批：{reasons}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/db_commands.py" line="+148"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pickup</source>
        <translation>接送人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrects</source>
        <translation>更正</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} record.</source>
        <translation>{count} 条记录。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} records.</source>
        <translation>{count} 条记录。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/attendance_desk.py" line="+93"/>
        <location filename="../../asc_desk/domain/attendance_rules.py" line="-107"/>
        <source>Event {event} is not in this day&apos;s record and cannot be voided.</source>
        <translation>记录 {event} 不在这一天的记录里，不能作废。</translation>
    </message>
    <message>
        <location line="-137"/>
        <location filename="../../asc_desk/domain/attendance_rules.py" line="+4"/>
        <location filename="../../asc_desk/services/shifts/staff_clock_service.py" line="+41"/>
        <source>The time {time} is in the future.</source>
        <translation>时间 {time} 还没到。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/attendance_rules.py" line="+21"/>
        <source>The check-in at {time} comes after a check-out at {check_out} that has no check-in before it.</source>
        <translation>{time} 的签到在 {check_out} 的签退之后，而那次签退之前没有签到。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The child was not checked in on {date}; record the check-in first.</source>
        <translation>孩子 {date} 没有签到；请先记录签到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-out at {time} is before the check-in at {check_in}.</source>
        <translation>签退时间 {time} 早于签到时间 {check_in}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child was already collected at {time} by {pickup}.</source>
        <translation>孩子已于 {time} 被 {pickup} 接走。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child was already collected at {time}.</source>
        <translation>孩子已于 {time} 被接走。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The child was checked in at {time} and cannot be marked absent.</source>
        <translation>孩子 {time} 已签到，不能记为缺勤。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/photo.py" line="+24"/>
        <source>The photo must be a JPEG or PNG picture.</source>
        <translation>照片必须是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is larger than {size} KB: choose a smaller picture.</source>
        <translation>照片超过 {size} KB：请选择较小的图片。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/db_errors.py" line="+23"/>
        <source>The database is busy: another program kept it locked too long. Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一个程序占用太久。没有做任何改动；请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding the database is full. Nothing was changed; free some space, then try again.</source>
        <translation>存放数据库的磁盘已满。没有做任何改动；请清理出一些空间后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be written (the file or its folder is read-only). Nothing was changed; check its permissions.</source>
        <translation>数据库无法写入（文件或所在文件夹是只读的）。没有做任何改动；请检查它的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the database server was lost. The last action may not have been saved; check the network and the server, then try again.</source>
        <translation>与数据库服务器的连接断开了。最后一个操作可能没有保存；请检查网络和服务器后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged. Run `asc-desk db check`, then restore a backup.</source>
        <translation>数据库文件已损坏。请运行 `asc-desk db check`，然后恢复一个备份。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/ratio_rules.py" line="-17"/>
        <source>Give at least one age band.</source>
        <translation>请至少填写一个年龄段。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Children per caregiver must be from {low} to {high} (not {value}).</source>
        <translation>每位照护员照看的儿童数必须在 {low} 到 {high} 之间（现在是 {value}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The age band {low}–{high} is empty.</source>
        <translation>年龄段 {low}–{high} 岁不包含任何年龄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The age bands overlap at {age} years.</source>
        <translation>年龄段在 {age} 岁处重叠。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The weight of a {role} must be more than 0 and at most 2 (not {value}).</source>
        <translation>{role}的折算系数必须大于 0 且不超过 2（现在是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/shift_rules.py" line="+48"/>
        <source>{name}: the shift {time} overlaps another shift ({other}).</source>
        <translation>{name}：班次 {time} 与另一个班次（{other}）时间重叠。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>{name} is on leave ({leave}) during the shift {time}.</source>
        <translation>{name} 在班次 {time} 期间请假（{leave}）。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{name}: the shift {time} is outside the opening hours ({hours}).</source>
        <translation>{name}：班次 {time} 不在开放时间内（{hours}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the shift {time} is on a day the center is closed.</source>
        <translation>{name}：班次 {time} 排在中心不开放的日子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {hours} hours in the week of {week}, more than the maximum of {max}.</source>
        <translation>{name}：{week} 这一周共 {hours} 小时，超过每周上限 {max} 小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: only {rest} of rest before the shift {time} (at least 11 hours).</source>
        <translation>{name}：班次 {time} 之前只休息了 {rest}（至少需要 11 小时）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: the qualification {kind} expired on {expired}.</source>
        <translation>{name}：证书 {kind} 已于 {expired} 过期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is on annual leave ({leave}) during the shift {time}.</source>
        <translation>{name} 在班次 {time} 期间休年假（{leave}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is on sick leave ({leave}) during the shift {time}.</source>
        <translation>{name} 在班次 {time} 期间请病假（{leave}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is away training ({leave}) during the shift {time}.</source>
        <translation>{name} 在班次 {time} 期间外出培训（{leave}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} {start}-{end}: {children} children need {required} caregivers, {scheduled} scheduled ({missing} missing).</source>
        <translation>{date} {start}-{end}：{children} 名儿童需要 {required} 名照护员，已排 {scheduled} 名（缺 {missing} 名）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/staff.py" line="-2"/>
        <source>The caregiver needs a name.</source>
        <translation>请填写照护员的姓名。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The shift starts and ends at {time}: it has no length.</source>
        <translation>班次的开始和结束都是 {time}：时长为零。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end {end} is before the start {start}. A shift across midnight is not supported: enter it as two shifts, one on each day.</source>
        <translation>结束时间 {end} 早于开始时间 {start}。不支持跨午夜的班次：请分成两个班次，每天一个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{value}” is not a role: use {allowed}.</source>
        <translation>“{value}” 不是岗位：请用 {allowed}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weekdays are not valid.</source>
        <translation>星期设置无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give both the first and the last hour available, or neither.</source>
        <translation>请同时填写最早和最晚可排班时间，或者都不填。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end {end} is before the start {start}.</source>
        <translation>结束时间 {end} 早于开始时间 {start}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the qualification (for example 健康证).</source>
        <translation>请填写证书名称（例如 健康证）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is not a kind of leave: use {allowed}.</source>
        <translation>“{value}” 不是请假类型：请用 {allowed}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leave ends on {end}, before it starts on {start}.</source>
        <translation>请假结束日 {end} 早于开始日 {start}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave may cover at most {days} days.</source>
        <translation>一次请假最多 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/staff_clock.py" line="+62"/>
        <source>{name} is already clocked in (since {time}): clock out first.</source>
        <translation>{name} 已经上班打卡（{time} 起）：请先下班打卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not clocked in: clock in first, or correct the record.</source>
        <translation>{name} 还没有上班打卡：请先上班打卡，或更正记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has a later record at {time}: correct that one instead.</source>
        <translation>{name} 在 {time} 有更晚的记录：请更正那一条。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/reports/catalogue.py" line="+114"/>
        <source>Daily sign-in sheet</source>
        <translation>每日签到签退表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The children expected that day, with columns for arrival, departure and the signatures; blank for a power cut, or filled with the recorded times.</source>
        <translation>当天预计到园的儿童，含到达、离开时间和签名栏；停电时可打印空白表，平时可打印已登记的时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly attendance grid</source>
        <translation>月度出勤登记表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children by day of the month: present, absent by reason, closed days, and the totals per child and per day.</source>
        <translation>按日列出每个儿童的出勤：出勤、缺勤（按原因）、休息日，以及每人和每日的合计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR monthly summary</source>
        <translation>人力资源月度汇总</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For factory HR: by department and parent worker, children, days attended, hours and late pickups, with totals.</source>
        <translation>供工厂人力资源部使用：按部门和家长员工列出子女数、出勤天数、托管小时和晚接次数，并有合计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pickup cards</source>
        <translation>接送卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each child&apos;s card with name, photo, program and the QR code the desk scans, 8 to an A4 page with cut marks. A reprint keeps the same code.</source>
        <translation>每个儿童的接送卡：姓名、照片、项目和前台扫描的二维码，每张 A4 纸 8 张，带裁切标记。补印的卡沿用原卡号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly overview</source>
        <translation>月度概况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the program&apos;s impact report: attendance per day, the rate against the month before, children, child-days and families served, by department, with charts.</source>
        <translation>供项目影响报告使用：每日出勤、与上月相比的出勤率、服务儿童数、儿童托管人天和服务家庭数，按部门列出，并附图表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caregiver week rota</source>
        <translation>照护员周排班表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week of the chosen day: each caregiver&apos;s shifts Monday to Sunday with times and program, closed days shaded, and the coverage gaps.</source>
        <translation>所选日期所在的一周：每位照护员周一到周日的班次，含时间和项目，停开的日子加灰底，并列出人手缺口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caregiver hours</source>
        <translation>照护员工时表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each caregiver&apos;s planned hours (the rota) and actual hours (the staff clock) of the month, with days worked, leave days and totals.</source>
        <translation>本月每位照护员的计划工时（排班）和实际工时（打卡），含出勤天数、请假天数和合计。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown document {key}: choose one of {known}.</source>
        <translation>没有文档 {key}：请选择 {known} 之一。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the day of the document.</source>
        <translation>请选择文档的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the month of the document.</source>
        <translation>请选择文档的月份。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/reports/output.py" line="-18"/>
        <source>Unknown paper size {paper}: use A4 or Letter.</source>
        <translation>未知纸张尺寸 {paper}：请用 A4 或 Letter。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write {name}: the file must end in {allowed}.</source>
        <translation>无法写入 {name}：文件名必须以 {allowed} 结尾。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/file_errors.py" line="-3"/>
        <location filename="../../asc_desk/reports/output.py" line="+11"/>
        <source>Cannot write into the folder {folder}.</source>
        <translation>无法写入文件夹 {folder}。</translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../../asc_desk/reports/output.py" line="-14"/>
        <location line="+16"/>
        <source>Cannot replace {path}: it is a folder.</source>
        <translation>无法替换 {path}：它是一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/reports/output.py" line="+12"/>
        <source>Cannot write into the folder {folder}: {reason}.</source>
        <translation>无法写入文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot replace {path}: {reason}. Close it in the program that has it open, or choose another name.</source>
        <translation>无法替换 {path}：{reason}。请在打开它的程序中关闭它，或换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/reports/report_data.py" line="+140"/>
        <location line="+13"/>
        <location filename="../../asc_desk/services/reports/staff_data.py" line="+213"/>
        <source>{month} is in the future: there is nothing to report yet.</source>
        <translation>{month} 还没到：暂时没有可报的内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../asc_desk/services/reports/staff_data.py" line="-42"/>
        <source>This database has no center yet.</source>
        <translation>此数据库还没有中心。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/shifts/shift_service.py" line="-30"/>
        <source>This shift template no longer exists.</source>
        <translation>这个班次模板已不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the week to another week.</source>
        <translation>请复制到另一周。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The week of {date} has no shifts to copy.</source>
        <translation>{date} 这一周没有可复制的班次。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repeat until a date after {date}.</source>
        <translation>请重复到 {date} 之后的某一天。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is already a template called {name}.</source>
        <translation>已经有名为 {name} 的模板。</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+2"/>
        <location line="+137"/>
        <location line="+53"/>
        <source>This shift no longer exists.</source>
        <translation>这个班次已不存在。</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Choose the shifts to move.</source>
        <translation>请选择要移动的班次。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>No such caregiver (id {id}) in this center.</source>
        <translation>本中心没有这位照护员（编号 {id}）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such program (id {id}) in this center.</source>
        <translation>本中心没有这个项目（编号 {id}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program runs on {date}: the shift is saved, and shown as on a closed day.</source>
        <translation>{date} 没有项目开放：班次已保存，并显示为排在不开放的日子。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/shifts/staff_clock_service.py" line="-43"/>
        <source>Give a reason for the correction.</source>
        <translation>请填写更正的原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no such clock record to correct.</source>
        <translation>没有这条打卡记录，无法更正。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This clock record was already corrected: correct the newer one.</source>
        <translation>这条打卡记录已经更正过：请更正较新的那一条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock record was corrected.</source>
        <translation>打卡记录已更正。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../asc_desk/services/shifts/staff_service.py" line="+306"/>
        <source>This caregiver no longer exists.</source>
        <translation>这位照护员已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is no longer active.</source>
        <translation>{name} 已不在职。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} clocked in at {time}.</source>
        <translation>{name} {time} 上班打卡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} clocked out at {time}.</source>
        <translation>{name} {time} 下班打卡。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/shifts/staff_service.py" line="-151"/>
        <source>No caregiver “{ref}”: give a name, an employee id or a card code.</source>
        <translation>没有照护员“{ref}”：请填写姓名、工号或卡号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} caregivers are called {ref}: give the employee id or card code of one ({matches}).</source>
        <translation>有 {count} 位照护员叫 {ref}：请填写其中一位的工号或卡号（{matches}）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This qualification no longer exists.</source>
        <translation>这项证书已不存在。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This leave no longer exists.</source>
        <translation>这条请假记录已不存在。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The employee id {value} is already {name}&apos;s.</source>
        <translation>工号 {value} 已经是 {name} 的了。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/__init__.py" line="+25"/>
        <source>language of the messages (default: zh_CN when the locale is Chinese, e.g. LANG=zh_CN.UTF-8, else en); give it before the command</source>
        <translation>提示和帮助的语言（默认：区域设置为中文时用 zh_CN，例如 LANG=zh_CN.UTF-8，否则用 en）；写在命令之前</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ASC Desk: the desktop tool of a factory After School Center. Without a command it opens the main window.</source>
        <translation>ASC Desk：工厂课后托管中心的桌面工具。不带命令时打开主窗口。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something went wrong. Details are in {path}.</source>
        <translation>出了点问题。详情见 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/center_commands.py" line="-52"/>
        <source>minutes after closing before a pickup is late ({low} to {high})</source>
        <translation>关门后超过多少分钟算晚接（{low} 到 {high}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes in which a second scan of a card is not recorded again ({low} to {high})</source>
        <translation>同一张卡在多少分钟内再次扫描不重复记录（{low} 到 {high}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>children one caregiver may look after, the ratio ({low} to {high})</source>
        <translation>每位照护员可照看的儿童数，即师生比（{low} 到 {high}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late-pickup grace</source>
        <translation>晚接宽限</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>{value} minutes</source>
        <translation>{value} 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same card again within</source>
        <translation>同卡重复扫描间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children per caregiver</source>
        <translation>每位照护员照看儿童数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{value} children</source>
        <translation>{value} 名儿童</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the center this database belongs to: create, show, change</source>
        <translation>本数据库所属的中心：创建、查看、修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create the database if it is missing, then its center (refused when it has one already)</source>
        <translation>数据库不存在时先创建，再创建中心（已有中心时拒绝）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the center&apos;s name, e.g. 星光儿童之家</source>
        <translation>中心名称，例如 星光儿童之家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the factory that runs the center</source>
        <translation>开办中心的工厂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone that decides each local date (default %(default)s)</source>
        <translation>决定当地日期的 IANA 时区（默认 %(default)s）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the window&apos;s language for this center (default zh_CN)</source>
        <translation>本中心窗口界面的语言（默认 zh_CN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s name, factory, time zone and language</source>
        <translation>中心的名称、工厂、时区和语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the center&apos;s settings (what is not given stays)</source>
        <translation>修改中心设置（未给出的保持不变）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the center&apos;s new name</source>
        <translation>中心的新名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the factory&apos;s new name</source>
        <translation>工厂的新名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone, e.g. Asia/Shanghai</source>
        <translation>IANA 时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the window&apos;s language</source>
        <translation>窗口界面的语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check-in desk&apos;s settings: show, change</source>
        <translation>签到台设置：查看、修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each desk setting with its allowed range</source>
        <translation>签到台的每项设置及其允许范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change desk settings (what is not given stays)</source>
        <translation>修改签到台设置（未给出的保持不变）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Center:    {name}</source>
        <translation>中心：    {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factory:   {factory}</source>
        <translation>工厂：    {factory}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone: {zone}</source>
        <translation>时区：    {zone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:  {language}</source>
        <translation>语言：    {language}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../asc_desk/cli/db_commands.py" line="-40"/>
        <source>Created {database} at schema {revision}.</source>
        <translation>已创建 {database}，结构版本 {revision}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up center {name} ({factory}).</source>
        <translation>已设置中心 {name}（{factory}）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+51"/>
        <location filename="../../asc_desk/cli/roster_edit_commands.py" line="+137"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{option} takes a number from {low} to {high}.</source>
        <translation>{option} 应为 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/db_commands.py" line="+10"/>
        <location filename="../../asc_desk/cli/messages.py" line="+99"/>
        <source>Warning: {notice}</source>
        <translation>注意：{notice}</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/roster_commands.py" line="-26"/>
        <source>the children: add, change, import, export, list</source>
        <translation>儿童名册：添加、修改、导入、导出、列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import children from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 导入儿童</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .csv (UTF-8 or GB18030) or .xlsx file</source>
        <translation>.csv（UTF-8 或 GB18030）或 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check and count; write nothing</source>
        <translation>只检查和计数，不写入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the valid rows even when some rows have errors</source>
        <translation>即使有些行有错误，也写入有效的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the roster (.csv or .xlsx)</source>
        <translation>导出儿童名册（.csv 或 .xlsx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>the file to write: .csv or .xlsx</source>
        <translation>要写入的文件：.csv 或 .xlsx</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+13"/>
        <source>include children who have left</source>
        <translation>包括已离园的儿童</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+5"/>
        <source>column headers in English (default: Chinese, as the window exports)</source>
        <translation>列标题用英文（默认：中文，与窗口导出的一样）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>an empty roster file with the headers</source>
        <translation>只有列标题的空白名册文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the children</source>
        <translation>列出儿童</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, pinyin, initials, child id, card code, guardian, phone</source>
        <translation>姓名、拼音、首字母、编号、接送卡号、家长、电话</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns not read: {columns}</source>
        <translation>未读取的列：{columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {rejected} rejected</source>
        <translation>新增 {add}，更新 {update}，未变 {unchanged}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dry run, nothing written: {counts}.</source>
        <translation>试运行，未写入：{counts}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing written: {counts}. Fix the rows above, or use --skip-invalid to write the valid rows.</source>
        <translation>未写入任何内容：{counts}。请修正上面的行，或用 --skip-invalid 只写入有效的行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已导入 {file}：新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported the roster to {file}.</source>
        <translation>已把花名册导出到 {file}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote an empty roster with its headers to {file}.</source>
        <translation>已把只有表头的空花名册写入 {file}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no accident insurance</source>
        <translation>没有意外险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accident insurance expired</source>
        <translation>意外险已过期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allergy: {allergies}</source>
        <translation>过敏：{allergies}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left the center</source>
        <translation>已离园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="-56"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="-4"/>
        <source>Card code</source>
        <translation>接送卡号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../asc_desk/cli/staff_commands.py" line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programs</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>家长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} child.</source>
        <translation>{count} 名儿童。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} children.</source>
        <translation>{count} 名儿童。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/roster_edit_commands.py" line="-152"/>
        <source>add one child (the same checks as the Add child dialog)</source>
        <translation>添加一个孩子（检查与“添加儿童”对话框相同）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the child&apos;s name</source>
        <translation>孩子的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>e.g. 2018-03-04</source>
        <translation>例如 2018-03-04</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>add the child although one with the same name and birth date or guardian&apos;s phone is on the roster</source>
        <translation>即使名册上已有同名同生日或家长电话相同的孩子，也照样添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change one child&apos;s record (what is not given stays as it is)</source>
        <translation>修改一个孩子的资料（未给出的保持不变）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the child&apos;s new name</source>
        <translation>孩子的新姓名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the center&apos;s own child number</source>
        <translation>中心自己的儿童编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M, F or unknown</source>
        <translation>M（男）、F（女）或 unknown（未知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the child&apos;s school</source>
        <translation>孩子的学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the child&apos;s grade, e.g. 二年级</source>
        <translation>孩子的年级，例如 二年级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allergies, shown at the desk (empty text: none)</source>
        <translation>过敏情况，在签到台显示（空文本：无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a guardian (repeat for each); with roster set, the guardians given replace the old ones</source>
        <translation>一位家长（每位家长写一次）；用于 roster set 时，给出的家长替换原有的家长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the relation of the guardian given in the same place, e.g. 母亲</source>
        <translation>同一位置的家长与孩子的关系，例如 母亲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the phone of the guardian given in the same place; with roster set and no --guardian, the first guardian&apos;s phone</source>
        <translation>同一位置的家长的电话；用于 roster set 且没有 --guardian 时，是第一位家长的电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enroll in this program (repeat for each); a child enrolled already stays as it is</source>
        <translation>报名这个项目（每个项目写一次）；已报名的保持不变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the enrollments start on this date (default: today, or the program&apos;s first day when it starts later)</source>
        <translation>报名从这一天开始（默认：今天；项目尚未开始时为项目的第一天）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--relation goes with a --guardian.</source>
        <translation>--relation 需要和 --guardian 一起使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child has no guardian to give a phone to: add one with --guardian NAME --phone PHONE.</source>
        <translation>这个孩子没有家长可以设置电话：请用 --guardian 姓名 --phone 电话 添加一位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give one --phone, or a --guardian for each --phone.</source>
        <translation>请只给一个 --phone，或者每个 --phone 配一个 --guardian。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a --guardian for each --phone and each --relation.</source>
        <translation>每个 --phone 和每个 --relation 都要配一个 --guardian。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--from goes with a --program.</source>
        <translation>--from 需要和 --program 一起使用。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} looks like a child on the roster already (card {card}): use roster set to change that record, or --even-if-duplicate to add another child.</source>
        <translation>{name} 看起来已经在花名册上（卡号 {card}）：请用 roster set 修改那条记录，或用 --even-if-duplicate 再添加一个孩子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added {name}: card code {card}.</source>
        <translation>已添加 {name}：卡号 {card}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved {name} (card code {card}).</source>
        <translation>已保存 {name}（卡号 {card}）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{option}: {message}</source>
        <translation>{option}：{message}</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/day_close.py" line="+45"/>
        <source>The day {date} has not come yet: it cannot be closed.</source>
        <translation>{date} 还没有到：不能结束这一天。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The day {date} is not closed: there is nothing to reopen.</source>
        <translation>{date} 还没有结束：没有可以重新打开的。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/report_commands.py" line="+18"/>
        <source>paper size: a4 (default) or letter</source>
        <translation>纸张大小：a4（默认）或 letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed sheets and monthly summaries (PDF, XLSX, CSV)</source>
        <translation>打印用的登记表和月度汇总（PDF、XLSX、CSV）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day&apos;s sign-in/sign-out sheet (PDF)</source>
        <translation>当天的签到/签出登记表（PDF）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day of the sheet, e.g. 2026-11-25</source>
        <translation>登记表的日期，例如 2026-11-25</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this program&apos;s children (default: every open program)</source>
        <translation>只含这个项目的儿童（默认：所有开放的项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave the times empty, to fill in by hand (a power cut)</source>
        <translation>时间留空，手工填写（停电时用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the month&apos;s attendance grid (PDF, XLSX or CSV)</source>
        <translation>当月出勤登记表（PDF、XLSX 或 CSV）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+17"/>
        <source>the month, e.g. 2026-11</source>
        <translation>月份，例如 2026-11</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>only this program&apos;s children (default: every program)</source>
        <translation>只含这个项目的儿童（默认：所有项目）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the month by department and parent worker, for HR (PDF, XLSX, CSV)</source>
        <translation>按部门和家长员工汇总当月情况，供人力资源部使用（PDF、XLSX、CSV）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pickup cards with a QR code of the card code (PDF)</source>
        <translation>带接送卡号二维码的接送卡（PDF）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the children enrolled in this program (default: all)</source>
        <translation>只含报名了这个项目的儿童（默认：全部）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this child: card code, child id, or exact unique name</source>
        <translation>只打印这个孩子：接送卡号、编号，或完整且唯一的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke the child&apos;s old card first (lost, stolen): the desk refuses the old code from now on, and the card printed has a new code; needs --child and --reason</source>
        <translation>先作废孩子的旧卡（丢失、被盗）：从此签到台不再接受旧卡号，打印的新卡用新卡号；需要 --child 和 --reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why the old card is revoked</source>
        <translation>作废旧卡的原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the month&apos;s overview with charts, for the impact report (PDF)</source>
        <translation>当月概况及图表，用于成效报告（PDF）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the caregivers&apos; week rota (PDF, landscape)</source>
        <translation>照护员周排班表（PDF，横向）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any day of the week, e.g. 2026-11-25 (the rota runs Monday to Sunday)</source>
        <translation>这一周中的任意一天，例如 2026-11-25（排班表从周一到周日）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>caregivers&apos; planned and actual hours of a month (PDF, XLSX, CSV)</source>
        <translation>照护员一个月的计划工时和实际工时（PDF、XLSX、CSV）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file to write ({kinds}); an earlier file of that name is replaced only once the new one is complete</source>
        <translation>要写入的文件（{kinds}）；同名的旧文件在新文件完整写好后才会被替换</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {path}, {count} page.</source>
        <translation>已写入 {path}，共 {count} 页。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {path}, {count} pages.</source>
        <translation>已写入 {path}，共 {count} 页。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asc-desk: warning: the font cannot print {characters}; these characters are missing from the document.</source>
        <translation>asc-desk：警告：字体无法打印 {characters}；文档中缺少这些字符。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--revoke needs the child: --child REF.</source>
        <translation>--revoke 需要指定儿童：--child 编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoked card {old} of {name}; the new card code is {new}.</source>
        <translation>已作废 {name} 的旧卡 {old}；新的接送卡号是 {new}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/attendance/revoked_cards.py" line="+21"/>
        <source>This card was revoked on {date} ({reason}); use {child}&apos;s new card.</source>
        <translation>这张卡已于 {date} 作废（{reason}）；请使用 {child} 的新卡。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/card_revocation.py" line="-17"/>
        <source>Say why the old card is revoked (lost, stolen...).</source>
        <translation>请说明旧卡作废的原因（丢失、被盗……）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/font_warnings.py" line="+15"/>
        <source>row {row}, {name}</source>
        <translation>第 {row} 行，{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {where}: no bundled font has {characters} ({codes}); it will not print. Add a note (e.g. its pinyin).</source>
        <translation>警告：{where}：内置字体没有 {characters}（{codes}），打印时会缺字。请加一个备注（例如它的拼音）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/parser.py" line="+26"/>
        <location line="+115"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+171"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可以匹配 %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式给出的值 %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli/staff_commands.py" line="-102"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual leave</source>
        <translation>年假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other leave</source>
        <translation>其他假</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a caregiver&apos;s name, employee id or card code</source>
        <translation>照护员的姓名、工号或接送卡号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the caregivers: list, add</source>
        <translation>照护员：列出、添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the active caregivers</source>
        <translation>列出在职的照护员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include inactive caregivers</source>
        <translation>包括已停用的照护员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>print JSON instead of a table</source>
        <translation>输出 JSON 而不是表格</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>add a caregiver (a card code is made for the desk)</source>
        <translation>添加照护员（会为签到台生成接送卡号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the caregiver&apos;s name</source>
        <translation>照护员的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: teacher</source>
        <translation>默认：teacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the factory&apos;s employee id</source>
        <translation>工厂的工号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the most hours a week the caregiver may be planned (default 40)</source>
        <translation>每周最多可为该照护员排多少小时（默认 40）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>caregivers&apos; leave, the staff clock, hours</source>
        <translation>照护员的请假、考勤打卡、工时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record leave (whole days)</source>
        <translation>登记请假（按整天）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first day away, e.g. 2026-12-01</source>
        <translation>请假的第一天，例如 2026-12-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day away (included)</source>
        <translation>请假的最后一天（含当天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: annual</source>
        <translation>默认：annual（年假）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>a short note</source>
        <translation>简短备注</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>record a caregiver&apos;s arrival</source>
        <translation>记录照护员到岗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a caregiver&apos;s departure</source>
        <translation>记录照护员离岗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when (the center&apos;s local time, e.g. 2026-11-25T16:05); default: now</source>
        <translation>时间（中心当地时间，例如 2026-11-25T16:05）；默认：现在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned and actual hours per caregiver in a month</source>
        <translation>每位照护员一个月的计划工时和实际工时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-11</source>
        <translation>例如 2026-11</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>caregivers&apos; shifts: add, the week, check</source>
        <translation>照护员排班：添加、查看一周、检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan a shift</source>
        <translation>安排一个班次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the day, e.g. 2026-11-25</source>
        <translation>日期，例如 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time, e.g. 16:00</source>
        <translation>开始时间，例如 16:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time, e.g. 21:00 (same day)</source>
        <translation>结束时间，例如 21:00（同一天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the program the shift is for</source>
        <translation>班次所属的项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the week (Monday to Sunday) holding a date</source>
        <translation>包含某个日期的一周（周一到周日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any day of the week</source>
        <translation>这一周中的任意一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文本</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>every conflict and coverage gap (exit 1 if any)</source>
        <translation>所有冲突和人手空缺（有则退出码为 1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first day to check</source>
        <translation>检查的第一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day to check (included)</source>
        <translation>检查的最后一天（含当天）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee id</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours a week</source>
        <translation>每周工时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualifications</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {hours} h</source>
        <translation>最多 {hours} 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} caregiver.</source>
        <translation>共 {count} 名照护员。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} caregivers.</source>
        <translation>共 {count} 名照护员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added {name} ({role}), card code {card}.</source>
        <translation>已添加 {name}（{role}），接送卡号 {card}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {kind} from {first} to {last}.</source>
        <translation>{name}：{kind}，{first} 至 {last}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Caregiver</source>
        <translation>照护员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(still clocked in)</source>
        <translation>（尚未打卡离岗）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: shift {day} {start}-{end} added.</source>
        <translation>{name}：已添加 {day} {start}-{end} 的班次。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>open {hours}, {count} children expected</source>
        <translation>开放 {hours}，应到 {count} 名儿童</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date} {weekday}: {what}</source>
        <translation>{date} {weekday}：{what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>conflict {day} {name}: {message}</source>
        <translation>冲突 {day} {name}：{message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gap {message}</source>
        <translation>空缺 {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflicts: {conflicts}; coverage gaps: {gaps}.</source>
        <translation>冲突：{conflicts}；人手空缺：{gaps}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/roster/roster_match.py" line="+118"/>
        <source>Row {row}: child number {given} is {stored} on the roster ({name}): Excel drops leading zeros; the row updates that child.</source>
        <translation>第 {row} 行：编号 {given} 即名单上的 {stored}（{name}）：Excel 会去掉开头的 0；这一行更新这个孩子。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row}: renamed {old} → {new} (same child number and birth date).</source>
        <translation>第 {row} 行：改名：{old} → {new}（编号和出生日期相同）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child number {id} on the roster is {name} ({birth}); this row is {row_name}. A child number is never reused: if this column holds row numbers, head it 序号 (it is then not read); a renamed child keeps the birth date.</source>
        <translation>编号 {id} 在名单上是 {name}（{birth}），这一行是 {row_name}。编号不能换给别的孩子：如果这一列是人事表的行号，请把表头改成“序号”（不会读取）；孩子改名时出生日期要和名单上的相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child number {id} on the roster is {name}; this row is {row_name}. A child number is never reused: if this column holds row numbers, head it 序号 (it is then not read); a renamed child needs the birth date on the roster and in the file.</source>
        <translation>编号 {id} 在名单上是 {name}，这一行是 {row_name}。编号不能换给别的孩子：如果这一列是人事表的行号，请把表头改成“序号”（不会读取）；孩子改名时，名单上和文件里都要有出生日期。</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/desk_dialogs.py" line="+113"/>
        <source>Mark {name} absent</source>
        <translation>记录 {name} 缺勤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified in advance</source>
        <translation>提前请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. fever, visiting the home village</source>
        <translation>例如：发烧、回老家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ActorName</name>
    <message>
        <location filename="../../asc_desk/ui/actor_text.py" line="+23"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this PC</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>AllAbsentBar</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/day_close_absent.py" line="+86"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified in advance</source>
        <translation>提前请假</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no show</source>
        <translation>未到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yes, mark them absent</source>
        <translation>是，记为缺勤(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not arrived:</source>
        <translation>未到：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark all {count} &amp;absent…</source>
        <translation>全部 {count} 人记为缺勤(&amp;A)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The program opens at {time}; mark all {count} absent now ({reason}: {note})?</source>
        <translation>{time} 才开门；现在就把全部 {count} 名记为缺勤（{reason}：{note}）吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark {count} children absent ({reason}: {note})?</source>
        <translation>把 {count} 名儿童记为缺勤（{reason}：{note}）？</translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/backup_list_dialog.py" line="+140"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the backups…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There are no backups of this database yet.</source>
        <translation>这个数据库还没有备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the backups checks out.</source>
        <translation>没有一个备份通过检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest good backup first; damaged ones cannot be restored.</source>
        <translation>最新的完好备份排在最前；损坏的备份不能恢复。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore this backup?

{date}: {children} children, {events} events.

The current data is backed up first, then replaced by this backup.</source>
        <translation>恢复这个备份吗？

{date}：{children} 名儿童，{events} 条记录。

会先备份当前数据，再用这个备份替换。</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-189"/>
        <source>automatic daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged file set aside</source>
        <translation>已移开的损坏文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ checks out</source>
        <translation>✓ 完好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ damaged</source>
        <translation>⚠ 已损坏</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks out</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>CalendarFileActions</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/calendar_file_actions.py" line="+170"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter official holidays…</source>
        <translation>录入法定节假日…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official holidays of {year}…</source>
        <translation>{year}年法定节假日…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Skipped {count} event(s), which close nothing (timed events, working days): {items}</source>
        <translation>跳过了 {count} 个不会停开任何一天的事件（有具体时间的事件、上班日）：{items}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import .ics</source>
        <translation>导入 .ics</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export .ics</source>
        <translation>导出 .ics</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Imported {count} official day(s) from {file}.</source>
        <translation>已从 {file} 导入 {count} 个法定日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed {count} day(s) from {file}.</source>
        <translation>已按 {file} 停开 {count} 天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already so, left as they were: {count} day(s).</source>
        <translation>已是如此，未改：{count} 天。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and {count} more</source>
        <translation> 等，另有 {count} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped {count} (not official days): {items}</source>
        <translation>跳过 {count} 项（不是法定日期）：{items}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import of {file} cancelled: nothing was written.</source>
        <translation>已取消导入 {file}：未写入任何数据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported from {file}: {reason}</source>
        <translation>没有从 {file} 导入任何内容：{reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saved {name} to {path}.</source>
        <translation>已将 {name} 保存到 {path}。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entered {count} official day(s) for {year}.</source>
        <translation>已录入 {year}年的 {count} 个法定日期。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/calendar_page.py" line="+261"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Previous month (PageUp)</source>
        <translation>上个月（PageUp）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (PageDown)</source>
        <translation>下个月（PageDown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to this month (Home)</source>
        <translation>回到本月（Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add program</source>
        <translation>新建项目(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit program</source>
        <translation>编辑项目(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after-school program</source>
        <translation>课后班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holiday program</source>
        <translation>假期班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} programs. Click a day to change it for all programs.</source>
        <translation>共 {count} 个项目。点击某一天可为全部项目修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {kind}, {first} to {last}, {weekdays}, {opens}–{closes}</source>
        <translation>{name}：{kind}，{first} 至 {last}，{weekdays}，{opens}–{closes}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The official public holidays for {year} have not been published yet: days judged by their weekday alone are marked with ?. Enter them, or import an .ics file, once the State Council has published them.</source>
        <translation>{year}年的法定节假日尚未公布：只按星期判断的日子标有 ?。国务院公布后，请录入或导入 .ics 文件。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>change of {first}</source>
        <translation>修改 {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change of {first} to {last}</source>
        <translation>修改 {first} 至 {last}</translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/staff_dialogs.py" line="+141"/>
        <source>Edit caregiver</source>
        <translation>编辑照护员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add caregiver</source>
        <translation>添加照护员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Employee id</source>
        <translation>工号(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Max hours a week</source>
        <translation>每周工时上限(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Available on</source>
        <translation>可排班日(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual &amp;hours</source>
        <translation>常规时间(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tive</source>
        <translation>在职(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualifications</source>
        <translation>证书(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only from</source>
        <translation>仅限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works here now (unticked: kept for the records)</source>
        <translation>目前在职（取消勾选：记录仍会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. health certificate, first aid</source>
        <translation>例如：健康证、急救证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind}: no expiry</source>
        <translation>{kind}：长期有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {kind}: expired on {date}</source>
        <translation>⚠ {kind}：已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {kind}: expires on {date}, within 30 days</source>
        <translation>⚠ {kind}：将于 {date} 过期（30 天内）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: valid until {date}</source>
        <translation>{kind}：有效期至 {date}</translation>
    </message>
</context>
<context>
    <name>CaregiversDialog</name>
    <message>
        <location line="+193"/>
        <source>Caregivers</source>
        <translation>照护员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave…</source>
        <translation>请假(&amp;L)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>inactive</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} expires {date}</source>
        <translation>{kind} {date} 到期</translation>
    </message>
</context>
<context>
    <name>CenterForm</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/center_form.py" line="+82"/>
        <source>Center &amp;name</source>
        <translation>中心名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Factory</source>
        <translation>所属工厂(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Starlight Children&apos;s Home</source>
        <translation>例如：星光儿童之家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dongguan Huacai Toys Co., Ltd.</source>
        <translation>例如：东莞华彩玩具有限公司</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/checkout_dialog.py" line="+49"/>
        <source>Check out {name}</source>
        <translation>签退 {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is collecting {name}?</source>
        <translation>谁来接 {name}？</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No one is authorized to collect this child: use “someone else” with a reason.</source>
        <translation>没有登记可接送这个孩子的人：请选“其他人”并填写原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Someone else… (a coordinator&apos;s decision)</source>
        <translation>其他人…（需负责人决定）(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the person collecting</source>
        <translation>来接的人的姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why they may take the child (recorded)</source>
        <translation>为什么可以让他接走（会被记录）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Siblings here — collected too:</source>
        <translation>在园的兄弟姐妹——一起接走：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &amp;out</source>
        <translation>签退(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allergy: {allergy}</source>
        <translation>过敏：{allergy}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ID card last 4 digits {digits}</source>
        <translation>身份证后四位 {digits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID number {digits}</source>
        <translation>证件号 {digits}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A card was scanned: finish this check-out first, then scan the next card.</source>
        <translation>刚刚刷了一张卡：请先完成这次签退，再刷下一张卡。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type the name of the person collecting.</source>
        <translation>请输入来接的人的姓名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose who is collecting, or someone else.</source>
        <translation>请选择来接的人，或选“其他人”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{pickup} may not collect {name}: untick {name}, or choose someone else with a reason.</source>
        <translation>{pickup} 不能接 {name}：取消勾选 {name}，或选“其他人”并填写原因。</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/child_dialog.py" line="+227"/>
        <source>Throw away what was typed in this form?</source>
        <translation>放弃这个表单中已输入的内容吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>⚠ No font can print this character of the name: {chars}. Add a note (e.g. its pinyin) so nobody misreads it.</source>
        <translation>⚠ 没有字体能打印名字中的这个字：{chars}。请加一条备注（例如拼音），以免有人读错。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ No font can print these {count} characters of the names: {chars}. Add a note (e.g. their pinyin) so nobody misreads them.</source>
        <translation>⚠ 没有字体能打印名字中的这 {count} 个字：{chars}。请加一条备注（例如拼音），以免有人读错。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{child}&apos;s {relation}</source>
        <translation>{child} 的{relation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already on the roster ({children}): their details are filled in from it.</source>
        <translation>{name} 已在名单上（{children}）：已按名单填入其工号、部门等资料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already on the roster ({children}): what is typed here changes it for each of their children.</source>
        <translation>{name} 已在名单上（{children}）：这里填写的内容会改到其每个孩子的记录上。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add child</source>
        <translation>新增儿童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given when saved</source>
        <translation>保存时生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>On the roster</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Child: {name}</source>
        <translation>儿童：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation>{date} 离园：{reason}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the birth date: {date} is only where the date starts. Untick the box if the birth date is not known.</source>
        <translation>请输入出生日期：{date} 只是预填的起始日期。不知道出生日期就取消勾选。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Possible duplicate: {name}, {birth}, guardian {guardian} {phone}</source>
        <translation>可能重复：{name}，{birth}，家长 {guardian} {phone}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (withdrawn)</source>
        <translation>（已离园）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is another child, press Save again to save anyway; otherwise open the existing record and cancel this one.</source>
        <translation>如果这是另一个孩子，请再按“仍然保存”；否则请打开已有记录，并取消本次录入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save any&amp;way</source>
        <translation>仍然保存(&amp;W)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open {name} ({card})</source>
        <translation>打开 {name}（{card}）(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name} ({card})</source>
        <translation>打开 {name}（{card}）</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location line="-356"/>
        <source>&amp;Profile</source>
        <translation>基本信息(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Guardians</source>
        <translation>家长(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized pic&amp;kups</source>
        <translation>授权接送人(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Health</source>
        <translation>健康(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrollment</source>
        <translation>入托(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child &amp;id</source>
        <translation>编号(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gen&amp;der</source>
        <translation>性别(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;School</source>
        <translation>学校(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;rade</source>
        <translation>年级(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allergies</source>
        <translation>过敏(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medical notes</source>
        <translation>医疗备注(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card code</source>
        <translation>接送卡号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the center&apos;s own number, optional</source>
        <translation>中心自己的编号，可不填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. peanuts, milk</source>
        <translation>例如：花生、牛奶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies are shown in red on the roster and at the check-in desk. Medical notes stay in this form.</source>
        <translation>过敏信息会在名册和签到台上用红色显示。医疗备注只在这张表里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents and other adults responsible; a guardian may pick the child up unless unticked.</source>
        <translation>父母和其他负责的成年人；除非取消勾选，家长都可以接孩子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add g&amp;uardian</source>
        <translation>添加家长(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add pi&amp;ckup</source>
        <translation>添加接送人(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add enro&amp;llment</source>
        <translation>添加入托(&amp;L)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Other people allowed to collect the child, such as grandparents.</source>
        <translation>其他可以接孩子的人，例如祖父母。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programs the child attends, with the care agreement and accident insurance.</source>
        <translation>孩子参加的项目，以及托管协议和意外保险。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No program has been set up yet: add one on the Calendar page.</source>
        <translation>还没有建立项目：请在“日历”页添加。</translation>
    </message>
</context>
<context>
    <name>ChildPhoto</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/child_photo.py" line="+38"/>
        <location line="+42"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/children_page.py" line="+173"/>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search: name, pinyin (zs), child id, card, parent, phone, employee id</source>
        <translation>搜索：姓名、拼音（zs）、编号、接送卡、家长、电话、工号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches as you type; Esc clears it; Ctrl+F comes back here</source>
        <translation>边输入边查找；Esc 清空；Ctrl+F 回到这里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add child</source>
        <translation>新增儿童(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>离园(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-enroll</source>
        <translation>重新入托(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;chool</source>
        <translation>学校(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grade</source>
        <translation>年级(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>已离园</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Not enrolled now</source>
        <translation>目前未入托</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of {total} children</source>
        <translation>显示 {shown} / {total} 名儿童</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>edit of {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>withdrawal of {name}</source>
        <translation>{name} 离园</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has left the center on {date}; choose Status: Withdrawn or All to see the record.</source>
        <translation>{name} 已于 {date} 离园；在“状态”中选择“已离园”或“全部”可查看记录。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>re-enrollment of {name}</source>
        <translation>{name} 重新入托</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is back on the roster. Check the enrollment and insurance in the child&apos;s form.</source>
        <translation>{name} 已重新在册。请在孩子的表单中检查入托和保险。</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <location filename="../../asc_desk/ui/models/children_table_model.py" line="+273"/>
        <source>Boy</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Girl</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>已离园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy: {what}</source>
        <translation>过敏：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No insurance</source>
        <translation>无保险</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurance expired</source>
        <translation>保险已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name will not print: {chars}</source>
        <translation>名字无法打印：{chars}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Child id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School / grade</source>
        <translation>学校 / 年级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>家长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/desk_dialogs.py" line="+35"/>
        <source>Correct the record of {name}</source>
        <translation>更正 {name} 的记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the &amp;time to</source>
        <translation>把时间改为(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void this record (it did not happen)</source>
        <translation>作废这条记录（没有发生）(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. wrong card scanned, forgot to check out</source>
        <translation>例如：扫错卡、忘记签出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rea&amp;son</source>
        <translation>原因(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correcting the record of {name}</source>
        <translation>正在更正 {name} 的记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is recorded for this child on this day.</source>
        <translation>这个孩子这一天没有记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-in {time}</source>
        <translation>签到 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-out {time} · {pickup}</source>
        <translation>签退 {time} · {pickup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent ({date})</source>
        <translation>缺勤（{date}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to correct.</source>
        <translation>没有可更正的记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the new time as HH:MM, or choose Void.</source>
        <translation>请按 HH:MM 输入新时间，或选择作废。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why the record is corrected.</source>
        <translation>请说明更正的原因。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../asc_desk/ui/crash_dialog.py" line="+27"/>
        <source>Something went wrong. What you had saved is safe; the last action may not have been completed.</source>
        <translation>出错了。已保存的内容是安全的；最后一个操作可能没有完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details for support were written to:
{path}</source>
        <translation>供技术支持查看的详细信息已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/day_close_dialog.py" line="+111"/>
        <location line="+294"/>
        <source>End of day {date}</source>
        <translation>结束 {date}</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected by</source>
        <translation>接送人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Print summary…</source>
        <translation>打印汇总(&amp;P)…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The program opens at {time}; close the day {date} now?</source>
        <translation>{time} 才开门；现在就结束 {date} 吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The program closes at {time} and {count} children are still here; close the day {date} now?</source>
        <translation>{time} 才关门，还有 {count} 个孩子在园；现在就结束 {date} 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program closes at {time} and 1 child is still here; close the day {date} now?</source>
        <translation>{time} 才关门，还有 1 个孩子在园；现在就结束 {date} 吗？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>here since {time}</source>
        <translation>{time} 起在园</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing recorded</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{situation}, waiting {minutes} min</source>
        <translation>{situation}，已等 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. forgot to check out</source>
        <translation>例如：忘记签出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every child of {date} has a complete record.</source>
        <translation>{date} 每个孩子的记录都完整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{left} children to resolve: type when each left, who collected them and why it is recorded now; or mark a child who never came absent. Nothing is filled in for you.</source>
        <translation>还有 {left} 个孩子待处理：填写离园时间、接送人和补记原因；没来的孩子记为缺勤。系统不会替您填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All resolved: the day {date} is closed.</source>
        <translation>已全部处理：{date} 已结束。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The program closes at {time}.)</source>
        <translation>（项目 {time} 关门。）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close the day ({count} left open)</source>
        <translation>结束这一天（{count} 名未处理）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the day</source>
        <translation>结束这一天(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the time of arrival (HH:MM).</source>
        <translation>请输入到园时间（HH:MM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the time the child left (HH:MM).</source>
        <translation>请输入离园时间（HH:MM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who collected the child.</source>
        <translation>请填写接送人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason: the record is made afterwards.</source>
        <translation>请填写原因：这是事后补记。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>collected by {pickup} at {time}</source>
        <translation>{time} 由 {pickup} 接走</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a reason for the absence.</source>
        <translation>请填写缺勤原因。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>marked absent</source>
        <translation>已记为缺勤</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not print: {what} did not start. Check the printer and try again.</source>
        <translation>无法打印：{what} 未能启动。请检查打印机后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {pages} page(s) to {printer}.</source>
        <translation>已将 {pages} 页发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/day_header.py" line="+109"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No program exists yet: add one in the Calendar to say when the center is open.</source>
        <translation>还没有项目：请在日历中新建项目，设定中心哪些日子开放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The calendar has the center closed on {date}: checking a child in asks for a reason.</source>
        <translation>按日历，中心 {date} 不开放：签到时需要填写原因。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Expected {n}</source>
        <translation>应到 {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present {n}</source>
        <translation>在园 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected {n}</source>
        <translation>已接走 {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent {n}</source>
        <translation>缺勤 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To arrive {n}</source>
        <translation>未到 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected {n}</source>
        <translation>未预约到园 {n}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Caregivers {count} / needed {needed} ✓</source>
        <translation>照护员 {count} / 需要 {needed} ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Caregivers {count} / needed {needed}</source>
        <translation>⚠ 照护员 {count} / 需要 {needed}</translation>
    </message>
</context>
<context>
    <name>DeskSettingsBox</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/desk_settings_box.py" line="+55"/>
        <source>Check-in desk</source>
        <translation>签到台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Operator on this PC</source>
        <translation>本机操作员(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late after &amp;closing + (min)</source>
        <translation>关门后超过（分钟）算晚接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same card again &amp;within (min)</source>
        <translation>同一张卡重复扫描间隔（分钟）(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>written into each record from now on</source>
        <translation>从现在起会写入每条记录</translation>
    </message>
</context>
<context>
    <name>EarlyQuestion</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/day_close_absent.py" line="-85"/>
        <source>Close it &amp;now</source>
        <translation>现在结束(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ot yet</source>
        <translation>暂不结束(&amp;O)</translation>
    </message>
</context>
<context>
    <name>EnrollmentEntry</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/child_form_tabs.py" line="+390"/>
        <source>Enrollment {number}</source>
        <translation>入托 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed</source>
        <translation>协议签署日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekdays</source>
        <translation>出勤日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance company</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance policy</source>
        <translation>保单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance expires</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove enrollment</source>
        <translation>删除入托</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No accident insurance recorded</source>
        <translation>没有登记意外保险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accident insurance has expired</source>
        <translation>意外保险已过期</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location line="+101"/>
        <source>Remove {entry}? What was typed in it is lost.</source>
        <translation>删除{entry}？其中填写的内容将丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({name})</source>
        <translation>{title}（{name}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/first_run_dialog.py" line="+42"/>
        <source>Welcome to ASC Desk</source>
        <translation>欢迎使用 ASC Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is new. Tell ASC Desk about your center; you can change it later in Settings.</source>
        <translation>这是一个新数据库。请填写中心的信息；以后可以在“设置”里修改。</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/first_steps.py" line="+50"/>
        <source>First steps</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Create a program: its dates, weekdays and opening hours.</source>
        <translation>1. 创建一个项目：日期、上课日和开放时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Add the children, or import them from a spreadsheet.</source>
        <translation>2. 添加儿童，或从电子表格导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Print the pickup cards for the check-in desk.</source>
        <translation>3. 为签到台打印接送卡。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the children</source>
        <translation>打开儿童名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the reports</source>
        <translation>打开报表</translation>
    </message>
</context>
<context>
    <name>GuardianEntry</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/child_form_tabs.py" line="-294"/>
        <source>Guardian {number}</source>
        <translation>家长 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee id</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop / line</source>
        <translation>车间 / 产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mother</source>
        <translation>例如：母亲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed day shift</source>
        <translation>固定白班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotating two shifts</source>
        <translation>两班倒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom hours</source>
        <translation>自定时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May pick up the child</source>
        <translation>可以接孩子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove guardian</source>
        <translation>删除家长</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/calendar_file_actions.py" line="-238"/>
        <source>Import .ics</source>
        <translation>导入 .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does {file} hold?</source>
        <translation>{file} 里是什么内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closure days: each all-day event closes the center</source>
        <translation>停开日(&amp;C)：每个全天事件都停开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For</source>
        <translation>适用于(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Official public holidays and adjusted working days (调休)</source>
        <translation>法定节假日和调休上班日(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LastDayBanner</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/last_day_banner.py" line="+72"/>
        <source>{date} was closed at {time} by {who}, but records were made after that; children open now: {count}.</source>
        <translation>{date} 已由 {who} 在 {time} 结束，但之后又有记录；目前未处理的儿童：{count} 名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} was closed at {time} by {who}; children left open: {count}.</source>
        <translation>{date} 已由 {who} 在 {time} 结束；未处理的儿童：{count} 名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} was closed at {time} by {who}; every child was accounted for.</source>
        <translation>{date} 已由 {who} 在 {time} 结束；每个孩子都有着落。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} was not closed at the desk; children still open (checked in, or neither arrived nor absent): {count}.</source>
        <translation>{date} 没有在前台结束；仍未处理的儿童（已签到未签退，或既未到也未记缺勤）：{count} 名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} was not closed at the desk, but every child is accounted for.</source>
        <translation>{date} 没有在前台结束，但每个孩子都有着落。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;List them…</source>
        <translation>列出(&amp;L)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left open on {date}</source>
        <translation>{date} 未处理的儿童</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} — still checked in</source>
        <translation>{name} — 仍在签到状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — neither arrived nor absent</source>
        <translation>{name} — 既未到也未记缺勤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve them with Correct… or End the day… on that date.</source>
        <translation>请在那一天用“更正…”或“结束今天…”处理。</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/staff_dialogs.py" line="-121"/>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caregiver</source>
        <translation>照护员(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a day: from and to the times given</source>
        <translation>不足一天：按填写的起止时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual</source>
        <translation>年假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asc_desk/ui/main_window.py" line="+306"/>
        <source>Undo: {action}</source>
        <translation>撤销：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: {action}</source>
        <translation>重做：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last action (Ctrl+Z)</source>
        <translation>撤销上一步操作（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo it (Ctrl+Shift+Z)</source>
        <translation>重做刚才撤销的操作（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ASC Desk — {center}</source>
        <translation>ASC Desk — {center}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — demo data</source>
        <translation>{title} — 演示数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Center: {name}</source>
        <translation>中心：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../../asc_desk/app.py" line="-97"/>
        <source>Restored the backup of {date}</source>
        <translation>已恢复 {date} 的备份</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backed up the database: {name}</source>
        <translation>已备份数据库：{name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The daily backup failed.</source>
        <translation>每日备份失败。</translation>
    </message>
</context>
<context>
    <name>MonthTableModel</name>
    <message>
        <location filename="../../asc_desk/ui/models/month_table_model.py" line="+252"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted working day (open)</source>
        <translation>调休上班日（开放）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special opening or changed hours</source>
        <translation>特别开放或调整时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekend or not a program day</source>
        <translation>周末或非项目日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holiday (closed)</source>
        <translation>法定假日（关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by the center</source>
        <translation>中心停开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the program&apos;s dates</source>
        <translation>不在项目日期内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official holidays not known yet: judged by weekday</source>
        <translation>法定节假日未知：按星期判断</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{opens}–{closes}</source>
        <translation>{opens}–{closes}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+25"/>
        <source>Open {hours}</source>
        <translation>开放 {hours}</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+130"/>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Probably closed</source>
        <translation>可能停开</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+113"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Not a program day</source>
        <translation>非项目日</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+103"/>
        <location line="+5"/>
        <source>Closed</source>
        <translation>停开</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Special opening {hours}</source>
        <translation>特别开放 {hours}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the program</source>
        <translation>不在项目内</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closes {time}</source>
        <translation>{time} 关门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens {time}</source>
        <translation>{time} 开门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open {hours}, an ordinary program day</source>
        <translation>开放 {hours}，普通项目日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open {hours} on a public holiday ({name}): the program opens on public holidays</source>
        <translation>法定假日（{name}）开放 {hours}：该项目在法定假日也开放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open {hours}: an adjusted working day ({name}), worked in exchange for the holiday</source>
        <translation>开放 {hours}：调休上班日（{name}），为放假补班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: public holiday ({name})</source>
        <translation>关闭：法定假日（{name}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: weekend</source>
        <translation>关闭：周末</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: not one of the program&apos;s weekdays</source>
        <translation>关闭：不是该项目的上课日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: outside the program&apos;s dates ({first} to {last})</source>
        <translation>关闭：不在项目日期内（{first} 至 {last}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed by the center: {reason}</source>
        <translation>中心停开：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>special opening {hours}: {reason}</source>
        <translation>特别开放 {hours}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open {hours}, changed hours: {reason}</source>
        <translation>开放 {hours}，时间调整：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>probably closed: {name}, a holiday whose date is fixed by law (the official holidays of this year are not published yet)</source>
        <translation>可能停开：{name}，日期由法律固定的节日（今年的法定假日安排尚未公布）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (?: judged by weekday only)</source>
        <translation>（?：仅按星期判断）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: {why}</source>
        <translation>{program}：{why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} ({weekday})</source>
        <translation>{date}（{weekday}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program has been set up yet.</source>
        <translation>还没有建立任何项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The official holidays of {year} are not known yet: this day is judged by its weekday alone.</source>
        <translation>{year}年的法定节假日还未知：这一天只按星期判断。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} programs open</source>
        <translation>{count} 个项目开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{open} of {total} programs open</source>
        <translation>{total} 个项目中 {open} 个开放</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No program</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closed: {reason}</source>
        <translation>停开：{reason}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/shift_dialogs.py" line="+194"/>
        <source>Move shift</source>
        <translation>移动班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;caregiver</source>
        <translation>移给照护员(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;date</source>
        <translation>移到日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
</context>
<context>
    <name>OfficialDaysDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/official_days_dialog.py" line="+206"/>
        <source>Official holidays of {year}</source>
        <translation>{year}年法定节假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter every public holiday and adjusted working day of {year} as the State Council&apos;s notice gives them. Once any day of {year} is entered, the year counts as known: days not entered are ordinary days.</source>
        <translation>请按国务院通知录入{year}年的全部法定假日和调休上班日。录入任何一天后，{year}年即视为已知：没有录入的日子按普通日处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holiday</source>
        <translation>假日(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a line</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import .ics…</source>
        <translation>导入 .ics(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered for {year} so far</source>
        <translation>{year}年已录入</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+151"/>
        <source>public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+152"/>
        <source>adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Nothing yet.</source>
        <translation>还没有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{span}  {name}, {kind}</source>
        <translation>{span}  {name}，{kind}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter only days of {year} here.</source>
        <translation>这里只能录入{year}年的日子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the holiday&apos;s name (for an adjusted working day: the holiday it makes up for).</source>
        <translation>请填写节日名称（调休上班日：填写它所补的节日）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported {count} official day(s) from {file}.</source>
        <translation>已从 {file} 导入 {count} 个法定日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped {count}: {items}</source>
        <translation>跳过 {count} 项：{items}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replaced {date}: {before} → {after}</source>
        <translation>已替换 {date}：{before} → {after}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file does not cover {years} (no Spring Festival and National Day): its days were entered one by one and the year stays not published.</source>
        <translation>文件没有完整覆盖 {years}（缺少春节和国庆节）：其中的日期已逐日录入，这一年仍算作未公布。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already known, left as they are: {years}; {count} day(s) of the file skipped: {items}</source>
        <translation>已经知道、保持不变：{years}；跳过了文件中的 {count} 天：{items}</translation>
    </message>
</context>
<context>
    <name>OfficialRow</name>
    <message>
        <location line="-311"/>
        <source>Public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Spring Festival</source>
        <translation>例如：春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this line</source>
        <translation>删除这一行</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/open_failed_dialog.py" line="+16"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup that checks out to restore; the damaged file is kept in the backups folder.</source>
        <translation>请选择一个完好的备份来恢复；损坏的文件保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/override_dialog.py" line="+148"/>
        <source>Change the calendar</source>
        <translation>修改日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change</source>
        <translation>修改为(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Usual rules (remove the change)</source>
        <translation>按常规(&amp;U)（取消修改）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;losed</source>
        <translation>停开(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Special opening</source>
        <translation>特别开放(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed &amp;hours</source>
        <translation>调整时间(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opening time</source>
        <translation>开门时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closin&amp;g time</source>
        <translation>关门时间(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. typhoon, factory shutdown, fire drill</source>
        <translation>例如：台风停课、工厂停产、消防演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed</source>
        <translation>停开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special opening</source>
        <translation>特别开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed hours</source>
        <translation>调整时间</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No program has been set up yet.</source>
        <translation>还没有建立任何项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center&apos;s decision for this day: {kind}, {reason}</source>
        <translation>中心对这一天的安排：{kind}，{reason}</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/photo_box.py" line="+89"/>
        <source>Choose pho&amp;to…</source>
        <translation>选择照片(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve photo</source>
        <translation>删除照片(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the child&apos;s photo</source>
        <translation>选择儿童照片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures (*.jpg *.jpeg *.jfif *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.jfif *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{file} is too large a picture to read ({width}×{height}): choose a smaller one.</source>
        <translation>{file} 图片太大，无法读取（{width}×{height}）：请选择较小的图片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not a picture that can be read (JPEG, PNG or BMP).</source>
        <translation>{file} 不是可读取的图片（JPEG、PNG 或 BMP）。</translation>
    </message>
</context>
<context>
    <name>PickupEntry</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/child_form_tabs.py" line="+57"/>
        <source>Authorized pickup {number}</source>
        <translation>授权接送人 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. grandmother</source>
        <translation>例如：外婆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. last 4 digits of the ID card</source>
        <translation>例如：身份证后 4 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove pickup</source>
        <translation>删除接送人</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/program_dialog.py" line="+116"/>
        <source>Edit program</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add program</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After-school program (school term)</source>
        <translation>课后班（学期中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday program (summer or winter)</source>
        <translation>假期班（暑假或寒假）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last day</source>
        <translation>结束日期(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekdays</source>
        <translation>上课日(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Opens at</source>
        <translation>开门时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closes at</source>
        <translation>关门时间(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Spring term 2027 after school</source>
        <translation>例如：2027春季学期课后班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on public holidays</source>
        <translation>法定假日也开放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on adjusted working days (weekend days worked instead of a holiday)</source>
        <translation>调休上班日开放（为放假补班的周末）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Press Save again to save it anyway, or change the dates.</source>
        <translation>仍要保存请再按一次“保存”，或修改日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RatioRulesBox</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/ratio_rules_box.py" line="+98"/>
        <source>From age</source>
        <translation>起始年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under age (0: no limit)</source>
        <translation>未满年龄（0 表示不限）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children per caregiver</source>
        <translation>每位照护员照看儿童数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Age bands</source>
        <translation>年龄段(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum on duty</source>
        <translation>最少在岗人数(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight: {role}</source>
        <translation>折算系数：{role}</translation>
    </message>
</context>
<context>
    <name>RatioRulesDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/staff_dialogs.py" line="+46"/>
        <source>Ratio rules</source>
        <translation>师生比规则</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/desk_dialogs.py" line="-141"/>
        <source>A reason is needed.</source>
        <translation>需要填写原因。</translation>
    </message>
</context>
<context>
    <name>RepeatDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/shift_dialogs.py" line="+27"/>
        <source>Repeat shift</source>
        <translation>重复班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat &amp;until</source>
        <translation>重复到(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every</source>
        <translation>每(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/report_form.py" line="+87"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogram</source>
        <translation>项目(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;per</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank, to fill in by hand</source>
        <translation>空白表，手工填写(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild</source>
        <translation>儿童(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all children</source>
        <translation>全部儿童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this child: the card code, the child id or the full name</source>
        <translation>只打印这个儿童：卡号、儿童编号或全名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke old card and reprint…</source>
        <translation>作废旧卡并重印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child&apos;s old card stops working at the desk; a card with a new code is printed</source>
        <translation>孩子的旧卡在签到台将不能再用；会打印一张新卡号的卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the document and show it here (Enter)</source>
        <translation>生成文档并在这里预览（Enter）</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/report_output.py" line="+76"/>
        <source>Save the document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving cancelled: nothing was written.</source>
        <translation>已取消保存：没有写入任何文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {pages} page(s) to {printer}.</source>
        <translation>已将 {pages} 页发送到 {printer}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not print: {what} did not start. Check the printer and try again.</source>
        <translation>无法打印：{what} 未能启动。请检查打印机后重试。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/reports_page.py" line="+197"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>打印文档（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document as PDF, or as Excel or CSV where it has them (Ctrl+S)</source>
        <translation>将文档保存为 PDF；有表格数据的文档也可保存为 Excel 或 CSV（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the file saved last</source>
        <translation>打开最近保存的文件所在的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>页面适合宽度（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document on the left and its day or month, then press Enter to see it here.</source>
        <translation>在左边选择文档及其日期或月份，然后按 Enter 在这里预览。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Making {document}…</source>
        <translation>正在生成{document}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview cancelled.</source>
        <translation>已取消预览。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview could not be opened: {path}</source>
        <translation>无法打开预览：{path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No preview.</source>
        <translation>没有预览。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write the preview in {folder}: {reason}</source>
        <translation>无法在 {folder} 中生成预览：{reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{document}, {period}: {pages} page(s)</source>
        <translation>{document}，{period}：共 {pages} 页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{document}: {pages} page(s)</source>
        <translation>{document}：共 {pages} 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not what is chosen now: press Enter to update)</source>
        <translation>（不是当前所选：按 Enter 更新）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The font cannot print {characters}: these characters are missing from the document. Write the names with other characters or by hand.</source>
        <translation>字体无法打印 {characters}：文档中缺少这些字。请改用其他写法，或打印后手写补上。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RevokeCardDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/revoke_card_dialog.py" line="+34"/>
        <source>Revoke old card and reprint</source>
        <translation>作废旧卡并重印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card {code} of {name} will no longer check anyone in: the desk will say it was revoked. {name} gets a new card code, printed on the new card. This cannot be undone.</source>
        <translation>{name} 的卡 {code} 将不能再签到任何人：签到台会提示这张卡已作废。{name} 会得到一个新卡号，印在新卡上。此操作不能撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reason (lost, stolen…)</source>
        <translation>原因(&amp;R)（丢失、被盗……）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke and reprint</source>
        <translation>作废并重印</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/roll_call_dialog.py" line="+49"/>
        <location line="+75"/>
        <source>Emergency roll call</source>
        <translation>紧急点名</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>{center} — {date} {time} — {count} children present</source>
        <translation>{center} — {date} {time} — 在园 {count} 人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy list</source>
        <translation>复制名单(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No child is marked present.</source>
        <translation>没有在园的孩子。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied: paste it into a message or a document.</source>
        <translation>已复制：可粘贴到消息或文档中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not print: {what} did not start. Check the printer and try again.</source>
        <translation>无法打印：{what} 未能启动。请检查打印机后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {pages} page(s) to {printer}.</source>
        <translation>已将 {pages} 页发送到 {printer}。</translation>
    </message>
</context>
<context>
    <name>RosterFileActions</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/roster_import_dialog.py" line="+227"/>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster (*.xlsx *.csv *.txt *.xls)</source>
        <translation>名册 (*.xlsx *.csv *.txt *.xls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported from {file}: {reason}</source>
        <translation>没有从 {file} 导入任何内容：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import of {file} cancelled: nothing was written.</source>
        <translation>已取消导入 {file}：未写入任何数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>已导入 {file}：新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roster-{date}</source>
        <translation>名册-{date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roster-template</source>
        <translation>名册模板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save roster file</source>
        <translation>保存名册文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving {file}…</source>
        <translation>正在保存 {file}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location line="-166"/>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: check the rows before anything is written.</source>
        <translation>{file}：写入前请先检查各行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected (errors)</source>
        <translation>拒绝（有错误）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with errors ({count}), each left out:</source>
        <translation>有错误的行（{count}），都不会导入：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {count} more.</source>
        <translation>……还有 {count} 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns not read (no such field): {columns}</source>
        <translation>未读取的列（没有对应字段）：{columns}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Row {row}, {name}: no font has {chars}; it will not print. Add a note (e.g. its pinyin).</source>
        <translation>⚠ 第 {row} 行，{name}：没有字体包含 {chars}，无法打印。请加一条备注（例如拼音）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row can be imported: correct the file and import it again.</source>
        <translation>没有可以导入的行：请修改文件后重新导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to write: every valid row matches the roster already.</source>
        <translation>无需写入：所有有效行都与名册一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Import valid rows” writes the rows without errors and leaves the others out; or cancel, correct the file and import it again.</source>
        <translation>“导入有效行”只写入没有错误的行；也可以取消，修改文件后重新导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is valid. Importing the same file again changes nothing.</source>
        <translation>所有行都有效。再次导入同一个文件不会有任何改变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row is valid. Children without a child id, birth date or parent&apos;s phone are added again if the file is imported again.</source>
        <translation>所有行都有效。没有编号、出生日期或家长电话的孩子，再次导入同一个文件时会再添加一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;valid rows</source>
        <translation>导入有效行(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>RowErrorsModel</name>
    <message>
        <location line="-124"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/settings_page.py" line="+60"/>
        <location line="+145"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The settings have changes that are not saved yet.</source>
        <translation>设置中有尚未保存的更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tay here</source>
        <translation>留在这里(&amp;T)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves every part of this page (Ctrl+S)</source>
        <translation>保存本页的所有内容（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite file on this PC</source>
        <translation>本机上的 SQLite 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server (shared by several PCs)</source>
        <translation>PostgreSQL 服务器（多台电脑共用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estore from a backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of a server are made on the server.</source>
        <translation>服务器的备份在服务器上进行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups and restores of a PostgreSQL server are done on the server.</source>
        <translation>PostgreSQL 服务器的备份和恢复在服务器上进行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratio rules</source>
        <translation>师生比规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many caregivers the children need: the Today page and the shift plan count with these.</source>
        <translation>孩子们需要多少照护员：“今天”页面和排班都按这些规则计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>About ASC Desk</source>
        <translation>关于 ASC Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database structure</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The database was backed up to:
{path}</source>
        <translation>数据库已备份到：
{path}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/shift_dialogs.py" line="-81"/>
        <source>Edit shift</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caregiver</source>
        <translation>照护员(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: type the times)</source>
        <translation>（不用模板：直接填时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no program)</source>
        <translation>（无项目）</translation>
    </message>
</context>
<context>
    <name>ShiftEdits</name>
    <message>
        <location filename="../../asc_desk/ui/pages/shift_edits.py" line="+52"/>
        <source>Add shift…</source>
        <translation>添加班次…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {time}…</source>
        <translation>编辑 {time}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut (to move)</source>
        <translation>剪切（用于移动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste here (move)</source>
        <translation>粘贴到这里（移动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat until…</source>
        <translation>重复到…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undone: {what}.</source>
        <translation>已撤销：{what}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redone: {what}.</source>
        <translation>已重做：{what}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The last action was on another page ({what}): undo it there, or with the Undo button below.</source>
        <translation>上一步操作在另一个页面（{what}）：请到那里撤销，或用下方的“撤销”按钮。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add a caregiver first (Caregivers…).</source>
        <translation>请先添加照护员（“照护员…”）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>add shift</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>edit shift</source>
        <translation>编辑班次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>delete {count} shifts</source>
        <translation>删除 {count} 个班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete shift</source>
        <translation>删除班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>已删除。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} shift(s) cut: choose a cell and press Ctrl+V to move them there.</source>
        <translation>已剪切 {count} 个班次：选择一个格子，按 Ctrl+V 移到那里。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>move {count} shifts</source>
        <translation>移动 {count} 个班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move shift</source>
        <translation>移动班次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move {what}</source>
        <translation>移动 {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Repeat {what} of {date}</source>
        <translation>重复 {date} 的 {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeat shift</source>
        <translation>重复班次</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>copy week</source>
        <translation>复制一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} shifts copied to the week of {date}. Ctrl+Z takes them back.</source>
        <translation>已把 {count} 个班次复制到 {date} 这一周。按 Ctrl+Z 可以撤回。</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/shifts_page.py" line="+195"/>
        <source>Caregivers &amp; Shifts</source>
        <translation>照护员与排班</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week before (PageUp)</source>
        <translation>上一周（PageUp）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;his week</source>
        <translation>本周(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The week after (PageDown)</source>
        <translation>下一周（PageDown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add shift…</source>
        <translation>添加班次(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter on an empty cell</source>
        <translation>在空格子上按回车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or double-click</source>
        <translation>按回车或双击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or Ctrl+X, then Ctrl+V on the new cell, or drag</source>
        <translation>也可以按 Ctrl+X，再在新格子上按 Ctrl+V，或直接拖动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat until…</source>
        <translation>重复到(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy week to next</source>
        <translation>复制到下一周(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care&amp;givers…</source>
        <translation>照护员(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratio r&amp;ules…</source>
        <translation>师生比(&amp;U)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
</context>
<context>
    <name>StaffClockDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/staff_clock_dialog.py" line="+35"/>
        <source>Staff clock</source>
        <translation>照护员打卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>clocked in</source>
        <translation>已上班</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Clock in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No active caregiver: add them on the Caregivers &amp; Shifts page.</source>
        <translation>没有在职的照护员：请在“照护员与排班”页添加。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>clocked out</source>
        <translation>已下班</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <location filename="../../asc_desk/ui/pages/today_staff.py" line="+165"/>
        <source>{name} {time} clock-in ✓</source>
        <translation>{name} {time} 上班打卡 ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} {time} clock-out ✓</source>
        <translation>{name} {time} 下班打卡 ✓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clock-in of {name}</source>
        <translation>{name} 的上班打卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock-out of {name}</source>
        <translation>{name} 的下班打卡</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: {what}.</source>
        <translation>已撤销：{what}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redone: {what}.</source>
        <translation>已重做：{what}。</translation>
    </message>
</context>
<context>
    <name>StaffNames</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/ratio_rules_box.py" line="-79"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/dialogs/staff_dialogs.py" line="-276"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/task_progress.py" line="+63"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/shift_dialogs.py" line="+139"/>
        <source>Apply a shift template</source>
        <translation>套用班次模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Caregiver</source>
        <translation>照护员(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days</source>
        <translation>星期(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Program</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or a &amp;new template</source>
        <translation>或新建模板(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New template&apos;s &amp;hours</source>
        <translation>新模板的时间(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no program)</source>
        <translation>（无项目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Evening (leave empty to use the one above)</source>
        <translation>例如：晚班（留空则用上面的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a template, or type a new one.</source>
        <translation>请选择一个模板，或输入新模板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one day.</source>
        <translation>请至少勾选一天。</translation>
    </message>
</context>
<context>
    <name>TodayClosing</name>
    <message>
        <location filename="../../asc_desk/ui/pages/today_closing.py" line="+93"/>
        <source>{date} is closed (at {time} by {who}). Records were made after the closing: close the day again when they are done.</source>
        <translation>{date} 已结束（{who}，{time}）。结束之后又有新的记录：处理完后请再结束一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} is closed (at {time} by {who}); check-ins and check-outs made now are still recorded.</source>
        <translation>{date} 已结束（{who}，{time}）；之后的签到/签出仍会记录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} — but {date} was already closed at {time}: close the day again at the end.</source>
        <translation>{what}——但 {date} 已在 {time} 结束：最后请再结束一次。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>closing of {date}</source>
        <translation>结束 {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{date} is closed; children left open: {count}.</source>
        <translation>{date} 已结束；未处理的儿童：{count} 名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} is closed: every child is accounted for ✓</source>
        <translation>{date} 已结束：每个孩子都有着落 ✓</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone: closing of {date}. The day is open again.</source>
        <translation>已撤销：结束 {date}。这一天重新打开了。</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/today_list.py" line="+67"/>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check &amp;out…</source>
        <translation>签退(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Absent…</source>
        <translation>缺勤(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last (Ctrl+Z)</source>
        <translation>撤销上一步(&amp;U)（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter acts · Esc clears · ↑↓ choose a row</source>
        <translation>回车执行 · Esc 清空 · ↑↓ 选择</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/today_page.py" line="+197"/>
        <location filename="../../asc_desk/ui/pages/today_shell.py" line="+94"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_candidates.py" line="+22"/>
        <source>not expected today</source>
        <translation>今天未预约</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>staff: clock in / out</source>
        <translation>照护员：上班 / 下班打卡</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_staff.py" line="-105"/>
        <source>{name} (counts {weight:g})</source>
        <translation>{name}（按 {weight:g} 人计）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clocked in now: {names}</source>
        <translation>现在已打卡上班：{names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On shift now (by the plan; nobody used the staff clock today): {names}</source>
        <translation>按排班现在在岗（今天还没有人用照护员打卡）：{names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_page.py" line="+167"/>
        <source>No child has the card or name “{text}”. Nothing was recorded.</source>
        <translation>没有卡号或姓名为“{text}”的孩子。没有记录任何内容。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Showing {date}: records are made only for today. Press Today to go back.</source>
        <translation>正在查看 {date}：只能为今天签到签退。按“今天”返回。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check in on a closed day</source>
        <translation>在不开放的日子签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar has the center closed today. Why is {name} checked in anyway?</source>
        <translation>今天日历上不开放。为什么仍为 {name} 签到？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: already recorded just now — not recorded twice. To check out, press Alt+O or type the name.</source>
        <translation>{name}：刚刚已记录，没有重复记录。要签退请按 Alt+O 或输入姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: already recorded just now — not recorded twice.</source>
        <translation>{name}：刚刚已记录，没有重复记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>check-in of {name}</source>
        <translation>{name} 的签到</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{name} {time} checked in ✓</source>
        <translation>{name} {time} 签到 ✓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in {names} too? (Enter)</source>
        <translation>一起签到 {names}？（回车）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{names} {time} checked in ✓</source>
        <translation>{names} {time} 签到 ✓</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>check-out of {name}</source>
        <translation>{name} 的签退</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{names} collected by {pickup} at {time} ✓</source>
        <translation>{names} {time} 由 {pickup} 接走 ✓</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>absence of {count} children not arrived</source>
        <translation>{count} 名未到儿童的缺勤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} children marked absent ✓</source>
        <translation>已把 {count} 名儿童记为缺勤 ✓</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_undo.py" line="+50"/>
        <source>Redone: {what}.</source>
        <translation>已重做：{what}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last action was on another page ({what}): undo it there, or with the Undo button below.</source>
        <translation>上一步操作在另一个页面（{what}）：请到那里撤销，或用下方的“撤销”按钮。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_page.py" line="-9"/>
        <source>correction of {name}</source>
        <translation>{name} 的更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-of-day record of {name}</source>
        <translation>{name} 的日终补记</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_undo.py" line="-21"/>
        <source>Undone: {what}.</source>
        <translation>已撤销：{what}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_page.py" line="-2"/>
        <source>absence of {name}</source>
        <translation>{name} 的缺勤</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_shell.py" line="-65"/>
        <source>Kept “{text}”: it is acted on as soon as the list is there.</source>
        <translation>已记下“{text}”：名单载入后立即处理。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Scan a card, or type a name / pinyin / initials and press Enter</source>
        <translation>刷卡，或输入姓名 / 拼音 / 首字母后按回车</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End the day…</source>
        <translation>结束今天(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency &amp;roll call</source>
        <translation>紧急点名(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Staff clock…</source>
        <translation>照护员打卡(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../asc_desk/ui/pages/today_load.py" line="+407"/>
        <source>Several children match “{text}”: choose one in the list (↑↓, Enter).</source>
        <translation>有多个孩子与“{text}”相符：请在列表中选择（↑↓，回车）。</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <location filename="../../asc_desk/ui/models/today_table_model.py" line="+275"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out · collected by</source>
        <translation>签退 · 接送人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian phones</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To arrive</source>
        <translation>待到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>在园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>已接走</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came unexpected</source>
        <translation>未预约到园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected, collected</source>
        <translation>未预约，已接走</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expected</source>
        <translation>未预约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family leave</source>
        <translation>事假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notified</source>
        <translation>提前请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{state}: {reason}</source>
        <translation>{state}：{reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allergy: {allergy}</source>
        <translation>过敏：{allergy}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting {minutes} min</source>
        <translation>已等 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent on shift until {time}</source>
        <translation>家长在班，{time} 下班</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Parent&apos;s shift ends {time}</source>
        <translation>家长班次 {time} 结束</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Parent&apos;s shift ended {time}</source>
        <translation>家长班次 {time} 已结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: {reason}</source>
        <translation>说明：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded afterwards: {reason}</source>
        <translation>补记：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check-out without check-in</source>
        <translation>有签退没有签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-out before check-in</source>
        <translation>签退早于签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two corrections disagree</source>
        <translation>两条更正相互矛盾</translation>
    </message>
</context>
<context>
    <name>TomorrowBanner</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/week_grid.py" line="+145"/>
        <source>Tomorrow ({date}): the center is closed.</source>
        <translation>明天（{date}）：中心不开放。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Tomorrow ({date}): short of staff for {time} in all between {first} and {last}, short by up to {missing}.</source>
        <translation>⚠ 明天（{date}）：{first} 至 {last} 之间共有 {time} 人手不足，最多缺 {missing} 人。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Tomorrow ({date}): every half-hour is covered.</source>
        <translation>✓ 明天（{date}）：每个时段人手都够。</translation>
    </message>
</context>
<context>
    <name>WeekIssues</name>
    <message>
        <location line="-76"/>
        <location line="+37"/>
        <source>Conflicts and gaps this week</source>
        <translation>本周冲突与缺人</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>⚠ red: a conflict (its words in the tooltip and above) · ⚠ yellow: short of staff · blue: a shift · lilac: on leave · grey: closed. Enter adds or edits, Del deletes, Ctrl+X then Ctrl+V moves (or drag), Ctrl+Z undoes.</source>
        <translation>⚠ 红色：冲突（说明见提示和上方）· ⚠ 黄色：人手不足 · 蓝色：班次 · 淡紫色：请假 · 灰色：停开。回车添加或编辑，Del 删除，Ctrl+X 再 Ctrl+V 移动（或拖动），Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} {message}</source>
        <translation>{date} {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} short of staff {gap}</source>
        <translation>{date} 人手不足 {gap}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No conflict and no gap this week.</source>
        <translation>本周没有冲突，人手也都够。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts and gaps this week: {count}</source>
        <translation>本周冲突与缺人：{count}</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <location filename="../../asc_desk/ui/models/week_table_model.py" line="+289"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name}, {date} ({weekday})</source>
        <translation>{name}，{date}（{weekday}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On leave ({kind}) from {first} to {last}</source>
        <translation>请假（{kind}）：{first} 至 {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No shift: Enter or double-click to add one.</source>
        <translation>无班次：按回车或双击添加。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closed</source>
        <translation>停开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed by the center</source>
        <translation>中心停开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a program day</source>
        <translation>不是项目日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no program</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ Covered</source>
        <translation>✓ 人手足够</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {slots} short</source>
        <translation>⚠ 缺人 {slots}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{missing} missing</source>
        <translation>缺 {missing} 人</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{time}: {children} children need {required} caregivers, {scheduled} scheduled ({missing} missing)</source>
        <translation>{time}：{children} 个孩子需要 {required} 名照护员，已排 {scheduled} 名（缺 {missing} 名）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} children</source>
        <translation>{count} 个孩子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} children expected</source>
        <translation>预计 {count} 个孩子</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{weekday} {month}-{day}</source>
        <translation>{weekday} {month}-{day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(today)</source>
        <translation>（今天）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day and coverage</source>
        <translation>日期与人手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(inactive)</source>
        <translation>（已离职）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {role}, at most {hours} hours a week</source>
        <translation>{name}：{role}，每周最多 {hours} 小时</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>closed: {reason}</source>
        <translation>停开：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>停开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {missing} missing</source>
        <translation>⚠ 缺 {missing} 人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ covered</source>
        <translation>✓ 人手足够</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjusted workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ {kind} expired on {date}</source>
        <translation>⚠ {kind} 已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {kind} expires on {date}</source>
        <translation>⚠ {kind} 将于 {date} 过期</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>teacher</source>
        <translation>老师</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assistant</source>
        <translation>助教</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>annual</source>
        <translation>年假</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/child_dialog.py" line="+376"/>
        <source>Withdraw</source>
        <translation>离园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} leaves the center. The record is kept and can be re-enrolled later.</source>
        <translation>{name} 离园。记录会保留，以后可以重新入托。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last day</source>
        <translation>结束日期(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. moved back home with the parents</source>
        <translation>例如：随父母返乡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>离园(&amp;W)</translation>
    </message>
</context>
</TS>
