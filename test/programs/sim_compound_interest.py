# Loan amortisation and savings growth with float arithmetic; money is
# also tracked exactly in integer cents to compare.


def monthly_payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12
    growth = (1 + r) ** months
    return principal * r * growth / (growth - 1)


def savings(deposit: float, annual_rate: float, years: int) -> float:
    balance = 0.0
    for y in range(years):
        for m in range(12):
            balance += deposit
            balance *= 1 + annual_rate / 12
    return balance


principal = 250000.0
rate = 0.045
months = 360
pay = monthly_payment(principal, rate, months)
print("monthly payment:", pay)
balance = principal
total_interest = 0.0
for m in range(1, months + 1):
    interest = balance * rate / 12
    total_interest += interest
    balance = balance + interest - pay
    if m % 36 == 0:
        print("month", m, "balance", balance, "interest so far", total_interest)
print("final balance (should be ~0):", balance)

for years in range(5, 41, 5):
    print("saving 100/month for", years, "years at 5%:", savings(100.0, 0.05, years))

cents = 100000
for year in range(1, 11):
    cents = cents * 107 // 100
    print("year", year, "cents", cents, "dollars", cents // 100, "and", cents % 100, "cents")
