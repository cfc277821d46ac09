namespace Resume.Fixtures;

/// <summary>Text resumes in the encodings people's editors still save in.</summary>
public static class HostileText
{
    /// <summary>Windows-1252's characters for bytes 0x80–0x9F; '\0' where the code page leaves a byte undefined.</summary>
    private const string HighRange = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>
    /// A plain-text resume saved as Windows-1252 ("ANSI" in Notepad): accented Latin letters as single bytes, and curly
    /// quotes and dashes from the range Latin-1 leaves to controls. Not UTF-8.
    /// </summary>
    public static byte[] Windows1252Resume() => Windows1252(string.Join('\n',
        "Zoë Müller-Ångström",
        "Backend Developer — Zürich",
        "zoe.muller@example.com | +41 44 555 01 23",
        "",
        "Summary",
        "Backend developer who builds “boring” payment systems that don’t fall over.",
        "",
        "Experience",
        "Senior Engineer, Crédit Société — 2019 – Present",
        "• Cut settlement latency by 40 % with Kafka and PostgreSQL",
        "",
        "Skills",
        "C#, .NET, PostgreSQL, Kafka, Docker"));

    /// <summary>Text in Windows-1252; throws for a character the code page cannot hold.</summary>
    public static byte[] Windows1252(string text) => text.Select(c => c switch
    {
        < '\u0080' or (>= '\u00A0' and <= '\u00FF') => (byte)c,
        _ when HighRange.IndexOf(c) is >= 0 and var i && c != '\0' => (byte)(0x80 + i),
        _ => throw new ArgumentException($"'{c}' has no byte in Windows-1252.", nameof(text)),
    }).ToArray();
}
