// skynet: each goroutine starts 10 children until `size` leaves; leaf i
// sends i to its parent, parents send the sum of their children's values.
//
//	go build -o skynet skynet.go && ./skynet [LEAVES]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const div = 10

func skynet(parent chan<- int64, num, size int64) {
	if size == 1 {
		parent <- num
		return
	}
	inbox := make(chan int64, div)
	sub := size / div
	for i := int64(0); i < div; i++ {
		go skynet(inbox, num+i*sub, sub)
	}
	var sum int64
	for i := 0; i < div; i++ {
		sum += <-inbox
	}
	parent <- sum
}

func main() {
	leaves := int64(1000000)
	if len(os.Args) > 1 {
		leaves, _ = strconv.ParseInt(os.Args[1], 10, 64)
	}
	for l := leaves; l != 1; l /= div {
		if l < 1 || l%div != 0 {
			fmt.Fprintln(os.Stderr, "skynet: LEAVES must be a power of 10")
			os.Exit(2)
		}
	}
	inbox := make(chan int64, 1)
	start := time.Now()
	go skynet(inbox, 0, leaves)
	sum := <-inbox
	elapsed := time.Since(start).Seconds()
	if want := leaves * (leaves - 1) / 2; sum != want {
		fmt.Fprintf(os.Stderr, "skynet: sum %d, expected %d\n", sum, want)
		os.Exit(1)
	}
	fmt.Printf("RESULT sum=%d seconds=%.4f\n", sum, elapsed)
}
