using System.Buffers;
using Resume.Model;
using Resume.Parsing.Detection;
using Resume.Parsing.Extraction.Docx;
using Resume.Parsing.Extraction.Pdf;
using Resume.Parsing.Extraction.Scan;
using Resume.Parsing.Extraction.Text;
using Resume.Parsing.Layout;
using Resume.Parsing.Ocr;

namespace Resume.Parsing;

/// <summary>Parses one resume file, its type told by its content, into a <see cref="ResumeDocument"/>.</summary>
/// <param name="ocr">Reads photos, scans and image-only PDFs; without it a photo is refused and a scanned PDF has no text.</param>
public sealed class ResumeParser(ParserOptions? options = null, IOcr? ocr = null)
{
    /// <summary>Longest text read from a text file; a resume is a few thousand characters.</summary>
    private const int MaxTextChars = 2_000_000;

    public ParserOptions Options { get; } = options ?? ParserOptions.Default;

    /// <summary>Never throws for bad input: every failure is a result with a stable code and a sentence for people. Only
    /// the caller's own cancellation ends the call with <see cref="OperationCanceledException"/>.</summary>
    public ParseResult Parse(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        var budget = new ParseBudget(Options.Timeout, cancellationToken);
        byte[]? buffer = null;
        try
        {
            (buffer, var length) = BoundedReader.Read(content, Options.MaxFileBytes, budget);
            var layout = Extract(buffer, length, budget);
            var resume = ResumeBuilder.Build(layout, budget);
            return NotAResume.Reason(layout, resume) is { } reason
                ? ParseResult.Failure(ErrorCodes.NotAResume, reason)
                : ParseResult.Success(resume);
        }
        catch (ParseFailure failure)
        {
            return ParseResult.Failure(failure.Code, failure.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (IOException e)
        {
            return ParseResult.Failure(ErrorCodes.Corrupt, $"The file could not be read to the end: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return ParseResult.Failure(ErrorCodes.Internal,
                $"The parser met something it did not expect in this file ({e.GetType().Name}); the file may be unusual or damaged.");
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private LayoutDocument Extract(byte[] buffer, int length, ParseBudget budget)
    {
        var sniffed = FileSniffer.Sniff(buffer, length, MaxTextChars);
        return sniffed.Kind switch
        {
            FileKind.Empty => throw new ParseFailure(ErrorCodes.Empty, "The file is empty: there is nothing to read."),
            FileKind.Pdf => ReadPdf(buffer, length, budget),
            FileKind.Png => ScanReader.ReadPhoto(buffer, length, ImageFormat.Png, ocr, Options, budget),
            FileKind.Jpeg => ScanReader.ReadPhoto(buffer, length, ImageFormat.Jpeg, ocr, Options, budget),
            FileKind.Docx => DocxExtractor.Extract(buffer, length, Options, budget),
            FileKind.Text => PlainTextExtractor.Extract(sniffed.Text!, markdown: false, budget),
            FileKind.Markdown => PlainTextExtractor.Extract(sniffed.Text!, markdown: true, budget),
            FileKind.EncryptedOffice => throw new ParseFailure(ErrorCodes.Encrypted,
                "The Word document is protected with a password, so it cannot be read. Save it without a password and upload it again."),
            _ => throw new ParseFailure(ErrorCodes.UnsupportedType,
                $"This file is {sniffed.Detail ?? "not a supported type"}; upload the resume as PDF, DOCX, TXT or Markdown (or a PNG or JPEG photo of it)."),
        };
    }

    private LayoutDocument ReadPdf(byte[] buffer, int length, ParseBudget budget)
    {
        var pdf = PdfExtractor.Extract(buffer, length, Options, budget);
        return pdf.Traits.Contains(ParseWarningCodes.ImageOnly) ? ScanReader.ReadScannedPdf(pdf, buffer, length, ocr, Options, budget) : pdf;
    }
}
