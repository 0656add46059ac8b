%% skynet: each process starts 10 children until LEAVES leaves; leaf i sends
%% i to its parent, parents send the sum of their children's values.
%%   erlc skynet.erl && erl -noshell -run skynet main [LEAVES]
-module(skynet).
-export([main/0, main/1]).

-define(DIV, 10).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 1000000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "skynet: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "skynet: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

run(Leaves) ->
    power_of_10(Leaves) orelse error("LEAVES must be a power of 10"),
    Self = self(),
    T0 = erlang:monotonic_time(nanosecond),
    spawn(fun() -> skynet(Self, 0, Leaves) end),
    Sum = receive S -> S end,
    Secs = (erlang:monotonic_time(nanosecond) - T0) / 1.0e9,
    Want = Leaves * (Leaves - 1) div 2,
    if
        Sum =/= Want -> {error, io_lib:format("sum ~b, expected ~b", [Sum, Want])};
        true -> io:format("RESULT sum=~b seconds=~.4f~n", [Sum, Secs])
    end.

power_of_10(1) -> true;
power_of_10(L) when L >= 10, L rem 10 =:= 0 -> power_of_10(L div 10);
power_of_10(_) -> false.

skynet(Parent, Num, 1) -> Parent ! Num;
skynet(Parent, Num, Size) ->
    Sub = Size div ?DIV,
    children(self(), Num, Sub, 0),
    Parent ! collect(?DIV, 0).

children(_, _, _, ?DIV) -> ok;
children(Self, Num, Sub, I) ->
    spawn(fun() -> skynet(Self, Num + I * Sub, Sub) end),
    children(Self, Num, Sub, I + 1).

collect(0, Sum) -> Sum;
collect(K, Sum) -> receive V -> collect(K - 1, Sum + V) end.
