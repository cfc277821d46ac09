using System.Diagnostics;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_empty_or_blank_file_is_empty(int spaces)
    {
        var error = Failure(new byte[spaces].Select(_ => (byte)' ').ToArray());
        Assert.Equal(ErrorCodes.Empty, error.Code);
    }

    [Fact]
    public void A_truncated_pdf_is_corrupt()
    {
        var pdf = PdfResume.SingleColumn(People.Backend);
        Assert.Equal(ErrorCodes.Corrupt, Failure(HostileFiles.Truncated(pdf, 0.3)).Code);
    }

    [Fact]
    public void A_pdf_header_over_garbage_is_corrupt() =>
        Assert.Equal(ErrorCodes.Corrupt, Failure(HostileFiles.GarbagePdf()).Code);

    [Fact]
    public void A_truncated_docx_is_corrupt()
    {
        var docx = DocxResume.Build(People.Backend);
        Assert.Equal(ErrorCodes.Corrupt, Failure(HostileFiles.Truncated(docx, 0.5)).Code);
    }

    [Fact]
    public void A_password_protected_pdf_is_encrypted_and_says_what_to_do()
    {
        var error = Failure(PdfResume.Encrypted(People.Backend));
        Assert.Equal(ErrorCodes.Encrypted, error.Code);
        Assert.Contains("password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_password_protected_docx_is_encrypted() =>
        Assert.Equal(ErrorCodes.Encrypted, Failure(HostileFiles.OleFile(encryptedPackage: true)).Code);

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var pdf = PdfResume.SingleColumn(People.Backend);
        var error = Failure(pdf, new ParserOptions { MaxFileBytes = pdf.Length - 1 });
        Assert.Equal(ErrorCodes.TooLarge, error.Code);
    }

    [Fact]
    public void A_stream_that_cannot_tell_its_length_is_cut_off_at_the_limit()
    {
        using var stream = new EndlessStream();
        var result = new ResumeParser(new ParserOptions { MaxFileBytes = 1024 * 1024 }).Parse(stream);
        Assert.Equal(ErrorCodes.TooLarge, result.Error?.Code);
        Assert.True(stream.Served <= 1024 * 1024 + 128 * 1024, $"read {stream.Served} bytes");
    }

    [Fact]
    public void More_pages_than_allowed_is_too_many_pages()
    {
        var error = Failure(PdfResume.Pages(6), new ParserOptions { MaxPages = 5 });
        Assert.Equal(ErrorCodes.TooManyPages, error.Code);
        Assert.Contains("6", error.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_quickly_without_inflating_it()
    {
        var bomb = HostileFiles.ZipBomb();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var error = Failure(bomb);
        watch.Stop();
        Assert.Equal(ErrorCodes.TooComplex, error.Code);
        Assert.Contains("expands", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64L * 1024 * 1024, "the bomb was inflated");
    }

    [Fact]
    public void A_pdf_whose_streams_inflate_past_the_limit_is_refused_without_holding_them()
    {
        var bomb = HostileFiles.PdfBomb(inflatedBytes: 32L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb should be small on disk");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Failure(bomb, new ParserOptions { MaxExpandedBytes = 8L * 1024 * 1024 });
        Assert.Equal(ErrorCodes.TooComplex, error.Code);
        Assert.Contains("expands", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L * 1024 * 1024, "the stream was inflated into memory");
    }

    [Fact]
    public void A_parse_past_its_time_budget_ends_as_timeout()
    {
        var error = Failure(PdfResume.SingleColumn(People.Backend), new ParserOptions { Timeout = TimeSpan.Zero });
        Assert.Equal(ErrorCodes.Timeout, error.Code);
    }

    [Fact]
    public void The_callers_cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = new MemoryStream(PdfResume.SingleColumn(People.Backend));
        Assert.ThrowsAny<OperationCanceledException>(() => new ResumeParser().Parse(stream, cancelled.Token));
    }

    [Fact]
    public void A_scanned_pdf_is_a_result_that_warns_an_ats_sees_nothing()
    {
        var resume = Read(PdfResume.ImageOnly(pages: 2));
        Assert.Equal(2, resume.Meta.PageCount);
        Assert.Equal("pdf", resume.Meta.FileType);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.ImageOnly);
        Assert.Null(resume.Basics.Name);
    }

    [Fact]
    public void Random_bytes_of_every_shape_never_throw()
    {
        var random = new Random(11);
        var seeds = new[] { PdfResume.SingleColumn(People.Designer), DocxResume.Build(People.Designer) };
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])seeds[i % 2].Clone();
            for (var flips = 0; flips < 30; flips++)
            {
                bytes[random.Next(64, bytes.Length)] = (byte)random.Next(256);
            }
            var result = Parse(bytes);
            Assert.True(result.Succeeded || result.Error is { Code: ErrorCodes.Corrupt or ErrorCodes.Internal or ErrorCodes.Empty or ErrorCodes.UnsupportedType },
                result.Error?.ToString());
        }
    }

    /// <summary>A network stream of unknown length that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
