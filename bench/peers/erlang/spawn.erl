%% spawn: start N processes that end at once; the spawner monitors them and
%% joins them (their 'DOWN' messages) in batches of 1000.
%%   erlc spawn.erl && erl -noshell -run spawn main [N]
-module(spawn).
-export([main/0, main/1]).

-define(BATCH, 1000).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 1000000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "spawn: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "spawn: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

run(N) ->
    T0 = erlang:monotonic_time(nanosecond),
    Ended = batches(N, 0),
    Secs = (erlang:monotonic_time(nanosecond) - T0) / 1.0e9,
    if
        Ended =/= N -> {error, io_lib:format("joined ~b, expected ~b", [Ended, N])};
        true ->
            io:format("RESULT us_per_actor=~.4g actors=~b seconds=~.4f~n",
                      [Secs * 1.0e6 / N, N, Secs])
    end.

batches(0, Ended) -> Ended;
batches(Left, Ended) ->
    K = min(Left, ?BATCH),
    start(K),
    batches(Left - K, Ended + join(K, 0)).

start(0) -> ok;
start(K) -> spawn_monitor(fun() -> ok end), start(K - 1).

join(0, Normal) -> Normal;
join(K, Normal) ->
    receive
        {'DOWN', _, process, _, normal} -> join(K - 1, Normal + 1);
        {'DOWN', _, process, _, _} -> join(K - 1, Normal)
    end.
