%% ring: 503 processes in a ring pass a token HOPS times.  Node k receives
%% the token T; if T == 0 it reports to main, else it passes T-1 to node k+1.
%% Main injects HOPS at node 0, so node HOPS rem 503 finishes.
%%   erlc ring.erl && erl -noshell -run ring main [HOPS]
-module(ring).
-export([main/0, main/1]).

-define(NODES, 503).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 10000000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "ring: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "ring: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

run(Hops) ->
    Self = self(),
    Pids = [spawn(fun() -> setup(Id, Self) end) || Id <- lists:seq(0, ?NODES - 1)],
    [First | Rest] = Pids,
    lists:foreach(fun({P, Next}) -> P ! {next, Next} end,
                  lists:zip(Pids, Rest ++ [First])),
    T0 = erlang:monotonic_time(nanosecond),
    First ! Hops,
    Last = receive {done, Id} -> Id end,
    Secs = (erlang:monotonic_time(nanosecond) - T0) / 1.0e9,
    [P ! stop || P <- Pids],
    Total = collect(?NODES, 0),
    if
        Last =/= Hops rem ?NODES; Total =/= Hops + 1 ->
            {error, io_lib:format("ended at node ~b after ~b receives, expected ~b and ~b",
                                  [Last, Total, Hops rem ?NODES, Hops + 1])};
        true ->
            io:format("RESULT hops_per_sec=~.4g hops=~b seconds=~.4f~n",
                      [Hops / Secs, Hops, Secs])
    end.

setup(Id, Main) ->
    receive {next, Next} -> node(Id, Main, Next, 0) end.

node(Id, Main, Next, Count) ->
    receive
        0 -> Main ! {done, Id}, node(Id, Main, Next, Count + 1);
        T when is_integer(T) -> Next ! T - 1, node(Id, Main, Next, Count + 1);
        stop -> Main ! {count, Count}
    end.

collect(0, Total) -> Total;
collect(K, Total) -> receive {count, C} -> collect(K - 1, Total + C) end.
