namespace Resume.Parsing.Isolation;

/// <summary>
/// No parser process could be started (the program is missing, or the runtime cannot start under the limits): a
/// fault of this machine, not of the file, so callers retry or report it, never fail the upload for it.
/// </summary>
public sealed class SandboxUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
