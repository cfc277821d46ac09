namespace Resume.Model;

/// <summary>Why a stage could not produce its result: a stable code for programs and a sentence for people.</summary>
/// <param name="Stage"><c>upload</c>, <c>parse</c>, <c>score</c> or <c>render</c>.</param>
public sealed record StageError(string Stage, string Code, string Message);

public static class Stages
{
    public const string Upload = "upload";
    public const string Parse = "parse";
    public const string Score = "score";
    public const string Render = "render";
}

/// <summary>Codes of permanent failures: the same input will always fail the same way.</summary>
public static class ErrorCodes
{
    public const string Empty = "empty";
    public const string Corrupt = "corrupt";
    public const string Encrypted = "encrypted";
    public const string TooLarge = "too-large";
    public const string TooManyPages = "too-many-pages";
    public const string UnsupportedType = "unsupported-type";
    public const string Timeout = "timeout";

    /// <summary>The file is built past any real document's size or depth (nesting, pages, images), or reading it needed more memory than allowed.</summary>
    public const string TooComplex = "too-complex";

    /// <summary>The file reads, but it is something else (notes, a letter, data or code): no contact details, no dated
    /// experience or education, and no résumé headings.</summary>
    public const string NotAResume = "not-a-resume";

    public const string Internal = "internal";
}
