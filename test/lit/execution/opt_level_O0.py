# RUN: %aithon -O0 %S/Inputs/opt_program.py -o %t
# RUN: %t | filecheck --match-full-lines %S/Inputs/opt_program.py
# The program in Inputs/opt_program.py built with -O0 prints CPython's output;
# opt_level_O3.py checks the same output for -O3.
