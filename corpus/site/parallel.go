package site

import "runtime"

// inOrder runs work(0) … work(n-1) on as many goroutines as there are
// processors, and gives each result to done in order of i, on the calling
// goroutine. At most twice as many results as goroutines are held at
// once, so a site's pages are not all in memory together. The first
// error, of work or of done, stops it: no more work is started, and it is
// returned when the work already started has finished.
func inOrder[T any](n int, work func(i int) (T, error), done func(i int, v T) error) error {
	type result struct {
		v   T
		err error
	}
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan result, n)
	for i := range results {
		results[i] = make(chan result, 1) // a worker never waits to hand in
	}
	held := make(chan struct{}, 2*workers)  // results started and not yet done
	running := make(chan struct{}, workers) // work running
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
	dispatch:
		for i := range n {
			select {
			case held <- struct{}{}:
			case <-stop:
				break dispatch
			}
			running <- struct{}{}
			go func() {
				v, err := work(i)
				results[i] <- result{v, err}
				<-running
			}()
		}
		for range workers { // wait for the work started
			running <- struct{}{}
		}
	}()
	var err error
	for i := range n {
		r := <-results[i]
		<-held
		if err = r.err; err == nil {
			err = done(i, r.v)
		}
		if err != nil {
			break
		}
	}
	close(stop)
	<-finished
	return err
}
