using Resume.Model;

namespace Resume.Parsing.Isolation;

/// <summary>What a file that ended its parser process is told: a stable code and a sentence a person understands.</summary>
internal static class ChildFailures
{
    public const string OutOfMemory =
        "Reading the file needed far more memory than any resume, so the reader was stopped; the file may be damaged or built to exhaust document readers.";

    public static ParseResult Timeout(TimeSpan timeout) => ParseResult.Failure(ErrorCodes.Timeout,
        $"Reading the file took longer than the {timeout.TotalSeconds:0.#} seconds allowed, so the reader was stopped; it may be damaged or unusually complex.");

    public static ParseResult Memory(long limitBytes) => ParseResult.Failure(ErrorCodes.TooComplex,
        $"Reading the file needed more than {limitBytes / (1024 * 1024)} MB of memory, far more than any resume, so the reader was stopped; the file may be damaged or built to exhaust document readers.");

    public static ParseResult Crashed(bool stackOverflow) => ParseResult.Failure(ErrorCodes.Corrupt, stackOverflow
        ? "Reading the file sent the reader round in circles until it crashed (its parts refer to each other without end); the file is damaged or built to attack document readers. Export it again from the program that made it."
        : "Reading the file crashed the reader; the file is damaged or built to attack document readers. Export it again from the program that made it.");

    public static ParseResult OutOfProtocol() => ParseResult.Failure(ErrorCodes.Internal,
        "The reader answered in a way it never should while reading this file, so it was stopped.");
}
