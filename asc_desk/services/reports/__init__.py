"""The figures of the printed documents and exports: one query layer, plain values."""
