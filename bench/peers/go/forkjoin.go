// forkjoin: 64 goroutines each run a MINSTD generator for ITERS/64 steps and
// sum its outputs; main joins the 64 sums.  Run with GOMAXPROCS=1 and 2.
//
//	go build -o forkjoin forkjoin.go && GOMAXPROCS=2 ./forkjoin [ITERS]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const tasks = 64

type result struct{ task, sum int64 }

func work(seed, iters int64) int64 {
	x, sum := seed, int64(0)
	for i := int64(0); i < iters; i++ {
		x = x * 48271 % 2147483647
		sum += x
	}
	return sum
}

func main() {
	total := int64(256000000)
	if len(os.Args) > 1 {
		total, _ = strconv.ParseInt(os.Args[1], 10, 64)
	}
	iters := total / tasks
	inbox := make(chan result, tasks)
	start := time.Now()
	for t := int64(0); t < tasks; t++ {
		go func(t int64) { inbox <- result{t, work(t+1, iters)} }(t)
	}
	sums := make([]int64, tasks)
	got := 0
	for i := 0; i < tasks; i++ {
		r := <-inbox
		sums[r.task] = r.sum
		got++
	}
	elapsed := time.Since(start).Seconds()
	var checksum int64
	for _, s := range sums {
		checksum += s
	}
	// Self-check: recompute one task sequentially, outside the timed part.
	if got != tasks || sums[tasks-1] != work(tasks, iters) {
		fmt.Fprintln(os.Stderr, "forkjoin: wrong task results")
		os.Exit(1)
	}
	fmt.Printf("RESULT seconds=%.4f checksum=%d tasks=%d iters=%d\n",
		elapsed, checksum, tasks, iters*tasks)
}
