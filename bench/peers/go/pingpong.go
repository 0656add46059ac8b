// pingpong: two goroutines bounce a message N times (N round-trips, 2N
// one-way messages).  Each goroutine's mailbox is a channel it owns.
//
//	go build -o pingpong pingpong.go && ./pingpong [N]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func pong(inbox <-chan int64, reply chan<- int64, done chan<- int64) {
	var count int64
	for v := range inbox {
		if v < 0 {
			done <- count
			return
		}
		count++
		reply <- v
	}
}

func main() {
	n := int64(4000000)
	if len(os.Args) > 1 {
		n, _ = strconv.ParseInt(os.Args[1], 10, 64)
	}
	pongBox := make(chan int64, 1)
	pingBox := make(chan int64, 1)
	done := make(chan int64)
	go pong(pongBox, pingBox, done)

	start := time.Now()
	for i := int64(0); i < n; i++ {
		pongBox <- i
		if v := <-pingBox; v != i {
			fmt.Fprintf(os.Stderr, "pingpong: got %d, expected %d\n", v, i)
			os.Exit(1)
		}
	}
	elapsed := time.Since(start).Seconds()
	pongBox <- -1
	if c := <-done; c != n {
		fmt.Fprintf(os.Stderr, "pingpong: pong received %d, expected %d\n", c, n)
		os.Exit(1)
	}
	fmt.Printf("RESULT msgs_per_sec=%.4g messages=%d seconds=%.4f\n",
		float64(2*n)/elapsed, 2*n, elapsed)
}
