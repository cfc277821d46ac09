namespace Resume.Parsing.Detection;

/// <summary>What the bytes of an upload say it is, whatever its name claims.</summary>
internal enum FileKind
{
    Empty,
    Pdf,
    Docx,
    Text,
    Markdown,
    /// <summary>An OLE compound file holding an encrypted Office package (a password-protected DOCX).</summary>
    EncryptedOffice,
    /// <summary>A PNG picture: a scan or a screenshot of a resume, read with OCR.</summary>
    Png,
    /// <summary>A JPEG picture: a phone photo or a scan of a resume, read with OCR.</summary>
    Jpeg,
    Unsupported,
}
