// Empty on purpose: FuzzMain only provides the executable's entry point (see FuzzMain.c).
