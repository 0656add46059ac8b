# Compiles link_main.c to an object and links it the way the compiler links
# programs: `cc prog.o libaithon_rt.a -lgmp -lstdc++ -lm`.  The program
# defines no main, so the run proves main() is pulled from the archive.
# Inputs: CC, SRC, INCLUDE, LIB, WORK.
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CC}" -c "${SRC}" -I "${INCLUDE}" -o "${WORK}/prog.o"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling ${SRC} failed")
endif()
execute_process(COMMAND "${CC}" "${WORK}/prog.o" "${LIB}" -lgmp -lstdc++ -lm -o "${WORK}/prog"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "linking prog.o with ${LIB} failed")
endif()
execute_process(COMMAND "${WORK}/prog" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
set(expected "hello 21267647932558653957237540927630737409 0.1\n")
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "prog exited ${rc} printing [${out}], expected [${expected}]")
endif()
message(STATUS "main() came from the archive and flushed: ${out}")
