package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver FerretDB itself uses
)

// FerretDB 1.24's SQLite backend looks documents up by _id with the expression
// `_ferretdb_sjson->'$._id'` (metadata.IDColumn), but indexes _id as `_ferretdb_sjson->"_id"`.
// SQLite matches expression indexes by their text, so every find, update and delete by _id scans
// the whole table: 57 ms per update at 10,000 documents, growing linearly (measured 2026-11-26;
// `bench:search` curation requests took 2-5 s). keepIDIndexes adds, for every collection table,
// an index on the very expression the queries use. FerretDB does not know about it (it is not
// listed by listIndexes) and does not need to: SQLite picks it for those queries, and dropping the
// collection drops the table and the index with it.
func keepIDIndexes(ctx context.Context, sqliteURL string, every time.Duration, logger *slog.Logger) {
	dir, err := sqliteDir(sqliteURL)
	if err != nil {
		logger.Warn("no _id lookup indexes", "error", err)
		return
	}
	for {
		files, _ := filepath.Glob(filepath.Join(dir, "*.sqlite"))
		for _, file := range files {
			if err := indexFile(ctx, file); err != nil && ctx.Err() == nil {
				logger.Debug("_id lookup index not created yet", "file", file, "error", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// indexFile opens one database file (never creating it: FerretDB may just have dropped it),
// creates the missing lookup indexes and closes it again. Tables that have theirs cost one read of
// the schema: a dropped and re-created collection gets its index again.
func indexFile(ctx context.Context, file string) error {
	db, err := sql.Open("sqlite", "file:"+file+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	rows, err := db.QueryContext(ctx, `SELECT c.table_name FROM _ferretdb_collections c
		WHERE NOT EXISTS (SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = c.table_name || '_biomat_id_lookup')`)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	for _, t := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (_ferretdb_sjson->'$._id')`, quote(t+"_biomat_id_lookup"), quote(t))
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
	}
	return nil
}

func sqliteDir(sqliteURL string) (string, error) {
	u, err := url.Parse(sqliteURL)
	if err != nil {
		return "", err
	}
	dir := u.Opaque
	if dir == "" {
		dir = u.Path
	}
	if dir == "" || !strings.HasSuffix(dir, "/") {
		return "", fmt.Errorf("unexpected -sqlite-url %q (want file:/path/to/dir/)", sqliteURL)
	}
	if _, err := os.Stat(dir); err != nil {
		return "", err
	}
	return dir, nil
}

func quote(identifier string) string {
	return `"` + strings.ReplaceAll(identifier, `"`, `""`) + `"`
}
