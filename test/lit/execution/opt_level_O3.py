# RUN: %aithon -O3 %S/Inputs/opt_program.py -o %t
# RUN: %t | filecheck --match-full-lines %S/Inputs/opt_program.py
# The program in Inputs/opt_program.py built with -O3 prints CPython's output;
# opt_level_O0.py checks the same output for -O0.
