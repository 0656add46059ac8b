%% forkjoin: 64 processes each run a MINSTD generator for ITERS/64 steps and
%% sum its outputs; main joins the 64 sums.  Run with +S 1 and +S 2.
%%   erlc forkjoin.erl && erl +S 2 -noshell -run forkjoin main [ITERS]
-module(forkjoin).
-export([main/0, main/1]).

-define(TASKS, 64).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 256000000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "forkjoin: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "forkjoin: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

run(Total) ->
    Iters = Total div ?TASKS,
    Self = self(),
    T0 = erlang:monotonic_time(nanosecond),
    [spawn(fun() -> Self ! {sum, T, work(T + 1, 0, Iters)} end)
     || T <- lists:seq(0, ?TASKS - 1)],
    Sums = collect(?TASKS, #{}),
    Secs = (erlang:monotonic_time(nanosecond) - T0) / 1.0e9,
    Checksum = lists:sum(maps:values(Sums)),
    %% Self-check: recompute one task sequentially, outside the timed part.
    Last = maps:get(?TASKS - 1, Sums, none),
    Ok = map_size(Sums) =:= ?TASKS andalso Last =:= work(?TASKS, 0, Iters),
    if
        not Ok -> {error, "wrong task results"};
        true ->
            io:format("RESULT seconds=~.4f checksum=~b tasks=~b iters=~b~n",
                      [Secs, Checksum, ?TASKS, Iters * ?TASKS])
    end.

work(_X, Sum, 0) -> Sum;
work(X, Sum, K) ->
    X1 = X * 48271 rem 2147483647,
    work(X1, Sum + X1, K - 1).

collect(0, Sums) -> Sums;
collect(K, Sums) -> receive {sum, T, S} -> collect(K - 1, Sums#{T => S}) end.
