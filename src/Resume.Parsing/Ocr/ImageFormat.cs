namespace Resume.Parsing.Ocr;

/// <summary>The picture formats read with OCR: what phones and scanners save.</summary>
internal enum ImageFormat
{
    Png,
    Jpeg,
}
