// parked: N goroutines each block receiving on their own channel; the
// process RSS (/proc/self/statm resident pages x page size) is read before
// and after all of them have reported ready (plus a 10 ms settle), then
// they are released.
//
//	go build -o parked parked.go && ./parked [N]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		fmt.Fprintln(os.Stderr, "parked:", err)
		os.Exit(1)
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func parked(inbox <-chan int, ready chan<- int, bye chan<- int) {
	ready <- 1
	v := <-inbox // parked here
	bye <- v
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ready := make(chan int, 1)
	bye := make(chan int, 1)
	boxes := make([]chan int, n)
	for i := range boxes {
		boxes[i] = make(chan int, 1)
	}
	runtime.GC()
	before := rss()
	for i := 0; i < n; i++ {
		go parked(boxes[i], ready, bye)
	}
	got := 0
	for i := 0; i < n; i++ {
		got += <-ready
	}
	time.Sleep(10 * time.Millisecond) // let every goroutine get into its receive
	after := rss()
	for i := 0; i < n; i++ {
		boxes[i] <- 1
	}
	left := 0
	for i := 0; i < n; i++ {
		left += <-bye
	}
	if got != n || left != n {
		fmt.Fprintf(os.Stderr, "parked: %d ready, %d released, expected %d\n", got, left, n)
		os.Exit(1)
	}
	fmt.Printf("RESULT bytes_per_actor=%.1f actors=%d rss_before=%d rss_after=%d\n",
		float64(after-before)/float64(n), n, before, after)
}
