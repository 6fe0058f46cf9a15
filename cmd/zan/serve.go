package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/zan-law/zan/corpus/workbench"
)

type serveCmd struct {
	corpusFlag
	Addr string `help:"Address to listen on; the default, 127.0.0.1:8080, serves this machine only; any other address lets others on the network read the corpus and review drafts (a warning says so)." default:"127.0.0.1:8080" placeholder:"HOST:PORT"`
}

func (c *serveCmd) Run(e *env) error {
	defaultGC()
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("--addr %q: %v", c.Addr, err)
	}
	cp, err := c.load()
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(e.stderr, "zan: warning: serving on %s: others on the network can read the corpus and review drafts\n", c.Addr)
	}
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           workbench.New(cp, workbench.Options{}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
	}
	fmt.Fprintf(e.stderr, "zan: the review workbench is at http://%s/ (Ctrl-C stops it)\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(e.stderr, "zan: stopped")
	return nil
}
