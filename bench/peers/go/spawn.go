// spawn: start N goroutines that end at once; the spawner joins them in
// batches of 1000 (a sync.WaitGroup per batch).
//
//	go build -o spawn spawn.go && ./spawn [N]
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

const batch = 1000

func main() {
	n := int64(1000000)
	if len(os.Args) > 1 {
		n, _ = strconv.ParseInt(os.Args[1], 10, 64)
	}
	var ended int64
	var wg sync.WaitGroup
	ran := make([]bool, batch) // each goroutine marks its slot, as a result
	start := time.Now()
	for done := int64(0); done < n; {
		k := n - done
		if k > batch {
			k = batch
		}
		wg.Add(int(k))
		for i := int64(0); i < k; i++ {
			go func(i int64) { ran[i] = true; wg.Done() }(i)
		}
		wg.Wait()
		for i := int64(0); i < k; i++ {
			if ran[i] {
				ended++
				ran[i] = false
			}
		}
		done += k
	}
	elapsed := time.Since(start).Seconds()
	if ended != n {
		fmt.Fprintf(os.Stderr, "spawn: joined %d, expected %d\n", ended, n)
		os.Exit(1)
	}
	fmt.Printf("RESULT us_per_actor=%.4g actors=%d seconds=%.4f\n",
		elapsed*1e6/float64(n), n, elapsed)
}
