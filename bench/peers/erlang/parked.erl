%% parked: N processes each block in receive; the VM's RSS (/proc/self/statm
%% resident pages x page size) is read before and after all of them have
%% reported ready (plus a 10 ms settle), then they are released.
%%   erlc parked.erl && erl -noshell -run parked main [N]
-module(parked).
-export([main/0, main/1]).

main() -> main([]).

main(Args) ->
    try run(arg(Args, 10000)) of
        ok -> halt(0);
        {error, Why} -> io:format(standard_error, "parked: ~s~n", [Why]), halt(1)
    catch C:E:St -> io:format(standard_error, "parked: ~p:~p ~p~n", [C, E, St]), halt(2)
    end.

arg([S | _], _) -> list_to_integer(S);
arg([], Default) -> Default.

rss(PageSize) ->
    {ok, Statm} = file:read_file("/proc/self/statm"),
    [_Size, Resident | _] = binary:split(Statm, <<" ">>, [global]),
    binary_to_integer(Resident) * PageSize.

run(N) ->
    PageSize = list_to_integer(string:trim(os:cmd("getconf PAGESIZE"))),
    Self = self(),
    erlang:garbage_collect(),
    Before = rss(PageSize),
    Pids = [spawn(fun() -> parked(Self) end) || _ <- lists:seq(1, N)],
    Ready = collect(ready, N, 0),
    receive after 10 -> ok end,  % let every process get into its receive
    After = rss(PageSize),
    [P ! release || P <- Pids],
    Released = collect(bye, N, 0),
    if
        Ready =/= N; Released =/= N ->
            {error, io_lib:format("~b ready, ~b released, expected ~b", [Ready, Released, N])};
        true ->
            io:format("RESULT bytes_per_actor=~.1f actors=~b rss_before=~b rss_after=~b~n",
                      [(After - Before) / N, N, Before, After])
    end.

parked(Parent) ->
    Parent ! ready,
    receive release -> Parent ! bye end.

collect(_, 0, Got) -> Got;
collect(Tag, K, Got) -> receive Tag -> collect(Tag, K - 1, Got + 1) end.
