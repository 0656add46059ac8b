// Int slow paths: promotion small -> big -> small, floor division and
// modulo signs, pow, comparison, literals, and canonical form throughout.
// Expected values were generated with CPython 3.11.
#include "check.h"
#include "int_helpers.h"

static void representation() {
  // Small values are the value shifted left by one, tag bit clear.
  CHECK(S(0) == 0);
  CHECK(S(21) == 42);
  CHECK(S(-1) == -2);
  CHECK(I("4611686018427387903") == S(aithon::rt::kSmallMax));
  CHECK(I("-4611686018427387904") == S(aithon::rt::kSmallMin));
  CHECK(aithon::rt::is_big(I("4611686018427387904")));
  CHECK(aithon::rt::is_big(I("-4611686018427387905")));
  // Big words are malloc'd pointers with the tag bit set.
  CHECK((I("123456789012345678901234567890") & 1) == 1);
}

static void literals() {
  CHECK_INT(I("0"), "0");
  CHECK_INT(I("-0"), "0");
  CHECK_INT(I("000123"), "123");
  CHECK_INT(I("-000123"), "-123");
  CHECK_INT(I("9223372036854775808"), "9223372036854775808");
  CHECK_INT(I("-9223372036854775809"), "-9223372036854775809");
  std::string big(1000, '7');
  CHECK_INT(I(big.c_str()), big);
  CHECK_INT(I(("-" + big).c_str()), "-" + big);
}

static void normalisation() {
  // Results that come back into the small range must be small again.
  aithon_int a = I("1267650600228229401496703205376");  // 2**100
  aithon_int b = aithon_int_sub(a, S(5));
  CHECK(aithon::rt::is_small(aithon_int_sub(a, b)));
  CHECK(aithon_int_sub(a, b) == S(5));
  CHECK(aithon_int_add(a, aithon_int_neg(a)) == S(0));
  CHECK(aithon_int_floordiv(a, a) == S(1));
  CHECK(aithon_int_mod(a, b) == S(5));
  // -(2**62) is small but 2**62 is not: negation crosses the boundary.
  aithon_int min = S(aithon::rt::kSmallMin);
  CHECK(aithon::rt::is_big(aithon_int_neg(min)));
  CHECK(aithon_int_neg(aithon_int_neg(min)) == min);
  // Equal values give equal words (canonical form).
  CHECK(aithon_int_mul(S(1LL << 31), S(1LL << 30)) == S(1LL << 61));
}

static void generated() {
  CHECK_INT(aithon_int_add(S(aithon::rt::kSmallMax), S(1)), "4611686018427387904");
  CHECK_INT(aithon_int_add(S(aithon::rt::kSmallMax), S(aithon::rt::kSmallMax)), "9223372036854775806");
  CHECK_INT(aithon_int_add(S(aithon::rt::kSmallMin), S(-1)), "-4611686018427387905");
  CHECK_INT(aithon_int_add(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMin)), "-9223372036854775808");
  CHECK_INT(aithon_int_add(I("4611686018427387904"), S(-1)), "4611686018427387903");
  CHECK_INT(aithon_int_add(I("-4611686018427387905"), S(1)), "-4611686018427387904");
  CHECK_INT(aithon_int_add(I("18446744073709551616"), I("-18446744073709551616")), "0");
  CHECK_INT(aithon_int_add(I("18446744073709551616"), I("-18446744073709551611")), "5");
  CHECK_INT(aithon_int_add(I("1000000000000000000000000000000"), I("1000000000000000000000000000000")), "2000000000000000000000000000000");
  CHECK_INT(aithon_int_add(I("-1000000000000000000000000000000"), I("1000000000000000000000000000007")), "7");
  CHECK_INT(aithon_int_add(S(aithon::rt::kSmallMax), S(-4611686018427387903)), "0");
  CHECK_INT(aithon_int_add(S(5), S(7)), "12");
  CHECK_INT(aithon_int_add(S(-5), I("1267650600228229401496703205376")), "1267650600228229401496703205371");
  CHECK_INT(aithon_int_sub(S(aithon::rt::kSmallMin), S(1)), "-4611686018427387905");
  CHECK_INT(aithon_int_sub(S(aithon::rt::kSmallMax), S(-1)), "4611686018427387904");
  CHECK_INT(aithon_int_sub(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMax)), "-9223372036854775807");
  CHECK_INT(aithon_int_sub(I("4611686018427387904"), S(1)), "4611686018427387903");
  CHECK_INT(aithon_int_sub(I("-4611686018427387905"), S(-1)), "-4611686018427387904");
  CHECK_INT(aithon_int_sub(I("1267650600228229401496703205376"), I("1267650600228229401496703205373")), "3");
  CHECK_INT(aithon_int_sub(S(5), S(9)), "-4");
  CHECK_INT(aithon_int_sub(S(3), I("1180591620717411303424")), "-1180591620717411303421");
  CHECK_INT(aithon_int_sub(I("-1180591620717411303424"), I("-1180591620717411303424")), "0");
  CHECK_INT(aithon_int_mul(S(aithon::rt::kSmallMax), S(aithon::rt::kSmallMax)), "21267647932558653957237540927630737409");
  CHECK_INT(aithon_int_mul(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMin)), "21267647932558653966460912964485513216");
  CHECK_INT(aithon_int_mul(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMax)), "-21267647932558653961849226946058125312");
  CHECK_INT(aithon_int_mul(S(2147483648), S(2147483648)), "4611686018427387904");
  CHECK_INT(aithon_int_mul(S(4294967296), S(1073741824)), "4611686018427387904");
  CHECK_INT(aithon_int_mul(S(-2147483648), S(2147483648)), "-4611686018427387904");
  CHECK_INT(aithon_int_mul(I("4611686018427387904"), S(1)), "4611686018427387904");
  CHECK_INT(aithon_int_mul(I("4611686018427387904"), S(-1)), "-4611686018427387904");
  CHECK_INT(aithon_int_mul(I("18446744073709551616"), S(0)), "0");
  CHECK_INT(aithon_int_mul(I("1267650600228229401496703205376"), I("-1267650600228229401496703205376")), "-1606938044258990275541962092341162602522202993782792835301376");
  CHECK_INT(aithon_int_mul(I("1180591620717411303424"), S(1)), "1180591620717411303424");
  CHECK_INT(aithon_int_mul(S(3), S(-7)), "-21");
  CHECK_INT(aithon_int_mul(S(-1099511627776), S(1099511627776)), "-1208925819614629174706176");
  CHECK_INT(aithon_int_mul(S(2305843009213693952), S(2)), "4611686018427387904");
  CHECK_INT(aithon_int_mul(S(-2305843009213693952), S(2)), "-4611686018427387904");
  CHECK_INT(aithon_int_mul(S(2305843009213693952), S(-2)), "-4611686018427387904");
  CHECK_INT(aithon_int_floordiv(S(7), S(2)), "3");
  CHECK_INT(aithon_int_floordiv(S(-7), S(2)), "-4");
  CHECK_INT(aithon_int_floordiv(S(7), S(-2)), "-4");
  CHECK_INT(aithon_int_floordiv(S(-7), S(-2)), "3");
  CHECK_INT(aithon_int_floordiv(S(aithon::rt::kSmallMin), S(-1)), "4611686018427387904");
  CHECK_INT(aithon_int_floordiv(S(aithon::rt::kSmallMin), S(1)), "-4611686018427387904");
  CHECK_INT(aithon_int_floordiv(S(aithon::rt::kSmallMax), S(-1)), "-4611686018427387903");
  CHECK_INT(aithon_int_floordiv(S(1), I("1267650600228229401496703205376")), "0");
  CHECK_INT(aithon_int_floordiv(S(-1), I("1267650600228229401496703205376")), "-1");
  CHECK_INT(aithon_int_floordiv(S(1), I("-1267650600228229401496703205376")), "-1");
  CHECK_INT(aithon_int_floordiv(S(-1), I("-1267650600228229401496703205376")), "0");
  CHECK_INT(aithon_int_floordiv(I("1267650600228229401496703205376"), S(3)), "422550200076076467165567735125");
  CHECK_INT(aithon_int_floordiv(I("-1267650600228229401496703205376"), S(3)), "-422550200076076467165567735126");
  CHECK_INT(aithon_int_floordiv(I("1267650600228229401496703205376"), S(-3)), "-422550200076076467165567735126");
  CHECK_INT(aithon_int_floordiv(I("-1267650600228229401496703205376"), S(-3)), "422550200076076467165567735125");
  CHECK_INT(aithon_int_floordiv(I("1267650600228229401496703205376"), S(1125899906842624)), "1125899906842624");
  CHECK_INT(aithon_int_floordiv(I("4611686018427387904"), S(2)), "2305843009213693952");
  CHECK_INT(aithon_int_floordiv(I("-9223372036854775808"), S(2)), "-4611686018427387904");
  CHECK_INT(aithon_int_floordiv(I("9223372036854775808"), I("-9223372036854775808")), "-1");
  CHECK_INT(aithon_int_floordiv(I("-9223372036854775809"), I("9223372036854775808")), "-2");
  CHECK_INT(aithon_int_floordiv(S(6), S(3)), "2");
  CHECK_INT(aithon_int_floordiv(S(-6), S(3)), "-2");
  CHECK_INT(aithon_int_floordiv(S(0), S(5)), "0");
  CHECK_INT(aithon_int_floordiv(S(0), I("-1237940039285380274899124224")), "0");
  CHECK_INT(aithon_int_mod(S(7), S(2)), "1");
  CHECK_INT(aithon_int_mod(S(-7), S(2)), "1");
  CHECK_INT(aithon_int_mod(S(7), S(-2)), "-1");
  CHECK_INT(aithon_int_mod(S(-7), S(-2)), "-1");
  CHECK_INT(aithon_int_mod(S(aithon::rt::kSmallMin), S(-1)), "0");
  CHECK_INT(aithon_int_mod(S(1), I("1267650600228229401496703205376")), "1");
  CHECK_INT(aithon_int_mod(S(-1), I("1267650600228229401496703205376")), "1267650600228229401496703205375");
  CHECK_INT(aithon_int_mod(S(1), I("-1267650600228229401496703205376")), "-1267650600228229401496703205375");
  CHECK_INT(aithon_int_mod(S(-1), I("-1267650600228229401496703205376")), "-1");
  CHECK_INT(aithon_int_mod(I("1267650600228229401496703205376"), S(3)), "1");
  CHECK_INT(aithon_int_mod(I("-1267650600228229401496703205376"), S(3)), "2");
  CHECK_INT(aithon_int_mod(I("1267650600228229401496703205376"), S(-3)), "-2");
  CHECK_INT(aithon_int_mod(I("-1267650600228229401496703205376"), S(-3)), "-1");
  CHECK_INT(aithon_int_mod(I("1267650600228229401496703205381"), I("1267650600228229401496703205376")), "5");
  CHECK_INT(aithon_int_mod(I("-1267650600228229401496703205376"), I("18446744073709551616")), "0");
  CHECK_INT(aithon_int_mod(I("18446744073709551617"), I("-18446744073709551616")), "-18446744073709551615");
  CHECK_INT(aithon_int_mod(S(0), S(7)), "0");
  CHECK_INT(aithon_int_mod(S(6), S(-3)), "0");
  CHECK_INT(aithon_int_mod(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMax)), "4611686018427387902");
  CHECK_INT(aithon_int_neg(S(0)), "0");
  CHECK_INT(aithon_int_neg(S(1)), "-1");
  CHECK_INT(aithon_int_neg(S(-1)), "1");
  CHECK_INT(aithon_int_neg(S(aithon::rt::kSmallMax)), "-4611686018427387903");
  CHECK_INT(aithon_int_neg(S(aithon::rt::kSmallMin)), "4611686018427387904");
  CHECK_INT(aithon_int_neg(I("4611686018427387904")), "-4611686018427387904");
  CHECK_INT(aithon_int_neg(I("-4611686018427387905")), "4611686018427387905");
  CHECK_INT(aithon_int_neg(I("1267650600228229401496703205376")), "-1267650600228229401496703205376");
  CHECK_INT(aithon_int_neg(I("-1267650600228229401496703205376")), "1267650600228229401496703205376");
  CHECK_INT(aithon_int_pow(S(2), S(0)), "1");
  CHECK_INT(aithon_int_pow(S(0), S(0)), "1");
  CHECK_INT(aithon_int_pow(S(0), S(5)), "0");
  CHECK_INT(aithon_int_pow(S(1), S(1000000)), "1");
  CHECK_INT(aithon_int_pow(S(-1), S(1000001)), "-1");
  CHECK_INT(aithon_int_pow(S(-1), S(1000000)), "1");
  CHECK_INT(aithon_int_pow(S(2), S(61)), "2305843009213693952");
  CHECK_INT(aithon_int_pow(S(2), S(62)), "4611686018427387904");
  CHECK_INT(aithon_int_pow(S(-2), S(62)), "4611686018427387904");
  CHECK_INT(aithon_int_pow(S(-2), S(63)), "-9223372036854775808");
  CHECK_INT(aithon_int_pow(S(-2), S(61)), "-2305843009213693952");
  CHECK_INT(aithon_int_pow(S(3), S(39)), "4052555153018976267");
  CHECK_INT(aithon_int_pow(S(3), S(40)), "12157665459056928801");
  CHECK_INT(aithon_int_pow(S(3), S(100)), "515377520732011331036461129765621272702107522001");
  CHECK_INT(aithon_int_pow(S(-3), S(41)), "-36472996377170786403");
  CHECK_INT(aithon_int_pow(S(10), S(18)), "1000000000000000000");
  CHECK_INT(aithon_int_pow(S(10), S(19)), "10000000000000000000");
  CHECK_INT(aithon_int_pow(I("4611686018427387904"), S(1)), "4611686018427387904");
  CHECK_INT(aithon_int_pow(I("4611686018427387904"), S(0)), "1");
  CHECK_INT(aithon_int_pow(I("4611686018427387904"), S(2)), "21267647932558653966460912964485513216");
  CHECK_INT(aithon_int_pow(I("-1180591620717411303424"), S(3)), "-1645504557321206042154969182557350504982735865633579863348609024");
  CHECK_INT(aithon_int_pow(S(7), S(1000)), "125325663996571831810755483238273420616498507508098617146349500752097059631738116432448839054351520763198615919551594076685828989467263022761790838270854579830015111246661203984624358929832571615718014704096305668097507613273663023226895250541385927158426088684494082416768617708189592286936039922311125683719215046689156738352590137241554510185855964549927575493247391132548534378497978806084951085874202011836362315727420109554782988791530088289711844550500230485638413189947132142243947334199259300735622492937419453650061490302105127920314430401636855677549136337481321811349678427076091437345045399337348611261168055929355402992823192491190360027036112283180935872775214517464013178274657100736321564606838252739601156414628445543663144696050650160812621814327062666195172701780200286645023823083185928061371310300829284071141207731280600001");
  CHECK_INT(aithon_int_pow(S(2147483647), S(2)), "4611686014132420609");
  CHECK_INT(aithon_int_pow(S(2147483648), S(2)), "4611686018427387904");
  CHECK_INT(aithon_int_pow(S(-2147483648), S(3)), "-9903520314283042199192993792");
  CHECK_INT(aithon_int_pow(S(46341), S(4)), "4611705917032334961");
  CHECK_INT(aithon_int_pow(S(5), S(27)), "7450580596923828125");
  CHECK_INT(aithon_int_pow(S(5), S(26)), "1490116119384765625");
  CHECK_INT(aithon_int_pow(S(0), I("18446744073709551616")), "0");
  CHECK_INT(aithon_int_pow(S(0), I("18446744073709551617")), "0");
  CHECK_INT(aithon_int_pow(S(1), I("18446744073709551616")), "1");
  CHECK_INT(aithon_int_pow(S(1), I("18446744073709551617")), "1");
  CHECK_INT(aithon_int_pow(S(-1), I("18446744073709551616")), "1");
  CHECK_INT(aithon_int_pow(S(-1), I("18446744073709551617")), "-1");
  CHECK(aithon_int_cmp(S(0), S(0)) == 0);
  CHECK(aithon_int_cmp(S(1), S(0)) == 1);
  CHECK(aithon_int_cmp(S(-1), S(0)) == -1);
  CHECK(aithon_int_cmp(S(aithon::rt::kSmallMax), I("4611686018427387904")) == -1);
  CHECK(aithon_int_cmp(I("4611686018427387904"), S(aithon::rt::kSmallMax)) == 1);
  CHECK(aithon_int_cmp(S(aithon::rt::kSmallMin), I("-4611686018427387905")) == 1);
  CHECK(aithon_int_cmp(I("-4611686018427387905"), S(aithon::rt::kSmallMin)) == -1);
  CHECK(aithon_int_cmp(I("1267650600228229401496703205376"), I("1267650600228229401496703205376")) == 0);
  CHECK(aithon_int_cmp(I("1267650600228229401496703205376"), I("1267650600228229401496703205377")) == -1);
  CHECK(aithon_int_cmp(I("-1267650600228229401496703205376"), I("1267650600228229401496703205376")) == -1);
  CHECK(aithon_int_cmp(I("-1267650600228229401496703205376"), I("-2535301200456458802993406410752")) == 1);
  CHECK(aithon_int_cmp(S(5), I("1267650600228229401496703205376")) == -1);
  CHECK(aithon_int_cmp(S(5), I("-1267650600228229401496703205376")) == 1);
  CHECK(aithon_int_cmp(S(aithon::rt::kSmallMin), S(aithon::rt::kSmallMax)) == -1);
}

int main() {
  representation();
  literals();
  normalisation();
  generated();
  return check_report("test_int");
}
