/**
 * Memory sizes OCI Functions offers, in MB (`memory_in_mbs`; "Changing Default Memory and Timeout
 * Settings" in the OCI Functions documentation). Shared by the constructs, which refuse any other
 * size, and by `cost recommend`, which rounds a recommended size up to one of them.
 */
export const FUNCTION_MEMORY_MIB = [128, 256, 512, 1024, 2048, 3072] as const;

/** The sizes a team file may give its drift monitor (`monitoring.monitorMemoryMib`): the Functions sizes from 256 MB. */
export const MONITOR_MEMORY_MIB = [256, 512, 1024, 2048, 3072] as const satisfies readonly (typeof FUNCTION_MEMORY_MIB)[number][];
