%% pingpong: two processes bounce a message N times (N round-trips, 2N
%% one-way messages).
%%   erlc pingpong.erl && erl -noshell -run pingpong main [N]
-module(pingpong).
-export([main/0, main/1]).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 4000000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "pingpong: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "pingpong: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

run(N) ->
    Self = self(),
    Pong = spawn(fun() -> pong(Self, 0) end),
    T0 = erlang:monotonic_time(nanosecond),
    Ok = ping(Pong, 0, N),
    Secs = (erlang:monotonic_time(nanosecond) - T0) / 1.0e9,
    Pong ! stop,
    Count = receive {count, C} -> C end,
    if
        Ok =/= ok -> {error, "wrong reply"};
        Count =/= N -> {error, io_lib:format("pong received ~b, expected ~b", [Count, N])};
        true ->
            io:format("RESULT msgs_per_sec=~.4g messages=~b seconds=~.4f~n",
                      [2 * N / Secs, 2 * N, Secs])
    end.

ping(_Pong, N, N) -> ok;
ping(Pong, I, N) ->
    Pong ! I,
    receive
        I -> ping(Pong, I + 1, N);
        _ -> error
    end.

pong(Parent, Count) ->
    receive
        stop -> Parent ! {count, Count};
        I -> Parent ! I, pong(Parent, Count + 1)
    end.
