// ring: 503 goroutines in a ring pass a token HOPS times.  Node k receives
// the token t; if t == 0 it reports to main, else it passes t-1 to node k+1.
// Main injects HOPS at node 0, so node HOPS mod 503 finishes.
//
//	go build -o ring ring.go && ./ring [HOPS]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const nodes = 503

type result struct{ node, count int64 }

func node(id int64, inbox <-chan int64, next chan<- int64, done chan<- int64, counts chan<- result) {
	var count int64
	for t := range inbox {
		if t < 0 { // stop
			counts <- result{id, count}
			return
		}
		count++
		if t == 0 {
			done <- id
		} else {
			next <- t - 1
		}
	}
}

func main() {
	hops := int64(10000000)
	if len(os.Args) > 1 {
		hops, _ = strconv.ParseInt(os.Args[1], 10, 64)
	}
	boxes := make([]chan int64, nodes)
	for i := range boxes {
		boxes[i] = make(chan int64, 1)
	}
	done := make(chan int64, 1)
	counts := make(chan result, nodes)
	for i := 0; i < nodes; i++ {
		go node(int64(i), boxes[i], boxes[(i+1)%nodes], done, counts)
	}
	start := time.Now()
	boxes[0] <- hops
	last := <-done
	elapsed := time.Since(start).Seconds()
	for i := range boxes {
		boxes[i] <- -1
	}
	var total int64
	for i := 0; i < nodes; i++ {
		total += (<-counts).count
	}
	if last != hops%nodes || total != hops+1 {
		fmt.Fprintf(os.Stderr, "ring: ended at node %d after %d receives, expected %d and %d\n",
			last, total, hops%nodes, hops+1)
		os.Exit(1)
	}
	fmt.Printf("RESULT hops_per_sec=%.4g hops=%d seconds=%.4f\n",
		float64(hops)/elapsed, hops, elapsed)
}
