/**
 * Memory sizes OCI Functions offers, in MB (`memory_in_mbs`; "Changing Default Memory and Timeout
 * Settings" in the OCI Functions documentation). Shared by the constructs, which refuse any other
 * size, and by `cost recommend`, which rounds a recommended size up to one of them.
 */
export const FUNCTION_MEMORY_MIB = [128, 256, 512, 1024, 2048, 3072] as const;
