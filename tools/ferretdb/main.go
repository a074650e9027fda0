// Command ferretdb runs FerretDB 1.x embedded, for local development and tests of Biomat Hub.
// The upstream cmd/ferretdb needs a build-time version file; the embeddable package does not.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "", "SQLite directory URI, e.g. file:/path/to/data/")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL (fallback backend); overrides -sqlite-url")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "bad -log-level: %v\n", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	cfg := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}, Logger: logger}
	switch {
	case *postgresURL != "":
		cfg.Handler, cfg.PostgreSQLURL = "postgresql", *postgresURL
	case *sqliteURL != "":
		cfg.Handler, cfg.SQLiteURL = "sqlite", *sqliteURL
	default:
		fmt.Fprintln(os.Stderr, "one of -sqlite-url or -postgresql-url is required")
		os.Exit(2)
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if cfg.Handler == "sqlite" {
		go keepIDIndexes(ctx, cfg.SQLiteURL, 2*time.Second, logger)
	}
	logger.Info("ferretdb listening", "addr", *listen, "handler", cfg.Handler)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %v\n", err)
		os.Exit(1)
	}
}
