namespace Resume.Parsing.Ocr;

/// <summary>OCR could not read the picture: <see cref="Code"/> is one of <see cref="Resume.Model.ErrorCodes"/>, the
/// message a sentence for people.</summary>
public sealed class OcrException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
