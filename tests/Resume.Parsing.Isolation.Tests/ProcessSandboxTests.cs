using System.Diagnostics;
using Resume.Fixtures;
using Resume.Model;

namespace Resume.Parsing.Isolation.Tests;

/// <summary>
/// The pool of parser processes for real: a file that crashes, exhausts or stalls the reader costs its own child and
/// ends with a stable code and a sentence; the next file gets a fresh child; this process never notices.
/// </summary>
public sealed class ProcessSandboxTests
{
    public static TheoryData<string> Formats => ["pdf", "docx", "docx with a malformed link", "txt"];

    /// <remarks>A child may write no file: the Word reader's habit of copying a read-only upload to a temporary file
    /// would kill it here.</remarks>
    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_resume_reads_in_a_child_exactly_as_it_does_in_process(string format)
    {
        var file = format switch
        {
            "pdf" => PdfResume.SingleColumn(People.Backend),
            "docx" => DocxResume.Build(People.Designer),
            "docx with a malformed link" => HostileDocx.MalformedLinkTarget(People.Backend),
            _ => System.Text.Encoding.UTF8.GetBytes(TextResume.Plain(People.DataEngineer)),
        };
        using var pool = Sandboxes.Pool();
        var isolated = await pool.ReadAsync(file);
        var local = new ResumeParser().Parse(new MemoryStream(file)).Resume;
        Assert.Equal(ResumeJson.Serialize(local), ResumeJson.Serialize(isolated));
    }

    [Fact]
    public async Task A_file_that_overflows_the_readers_stack_fails_corrupt_and_the_next_file_gets_a_fresh_child()
    {
        using var pool = Sandboxes.Unguarded();
        await pool.ReadAsync(PdfResume.SingleColumn(People.Backend));
        var before = Assert.Single(pool.ProcessIds);

        var result = await pool.ParseAsync(HostilePdfs.LoopingReferences());

        Assert.Equal(ErrorCodes.Corrupt, result.Error?.Code);
        Assert.Contains("round in circles", result.Error!.Message);
        Assert.Empty(pool.ProcessIds);
        Assert.False(IsRunning(before), "the crashed child is still running");
        var resume = await pool.ReadAsync(PdfResume.SingleColumn(People.Designer));
        Assert.Equal(People.Designer.Name, resume.Basics.Name);
        Assert.NotEqual(before, Assert.Single(pool.ProcessIds));
    }

    [Fact]
    public async Task A_file_the_reader_cannot_hold_in_its_heap_does_not_take_the_child_past_its_limit()
    {
        // Unguarded, the reader inflates the double flate bomb towards 1 GiB; a child may hold a 128 MB heap. The reader
        // gives up the stream when its heap is full, and the child's memory never passes the limit.
        using var pool = Sandboxes.Unguarded(options => options.MemoryLimitMB = 256);
        var result = await pool.ParseAsync(HostilePdfs.DoubleFlateBomb());
        Assert.True(result.Succeeded || result.Error!.Code is ErrorCodes.TooComplex or ErrorCodes.Corrupt, result.Error?.ToString());
        if (pool.ProcessIds.Count == 1)
        {
            Assert.InRange(pool.PeakResidentBytes, 1, 256L * 1024 * 1024);
        }
    }

    [Fact]
    public async Task An_entity_bomb_past_the_guards_is_too_complex_in_the_child_and_the_child_reads_the_next_file()
    {
        // Unguarded, the XML reader itself meets the DTD: the child answers with the guard's verdict, not "damaged".
        using var pool = Sandboxes.Unguarded();
        var result = await pool.ParseAsync(HostileVariants.EntityBomb());
        Assert.Equal(ErrorCodes.TooComplex, result.Error?.Code);
        Assert.Contains("declares its own entities", result.Error!.Message);
        var resume = await pool.ReadAsync(DocxResume.Build(People.Designer));
        Assert.Equal(People.Designer.Name, resume.Basics.Name);
    }

    [Fact]
    public async Task A_child_whose_memory_passes_the_limit_is_killed_and_the_file_is_too_complex()
    {
        // A limit below what the runtime and the PDF reader need at all: the watchdog must kill the child mid-parse.
        var settings = new ChildSettings(new ParserOptions(), MemoryLimitBytes: 40L * 1024 * 1024, ParsesPerProcess: 100);
        using var pool = new ProcessParseSandbox(settings, 1, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var result = await pool.ParseAsync(PdfResume.SingleColumn(People.Backend));
        Assert.Equal(ErrorCodes.TooComplex, result.Error?.Code);
        Assert.Contains("40 MB of memory", result.Error!.Message);
        Assert.Empty(pool.ProcessIds);
    }

    [Fact]
    public async Task A_reader_stuck_past_its_deadline_is_killed_and_the_file_ends_timeout()
    {
        // Unguarded, ten thousand nested tables keep the Word reader busy for tens of seconds without a budget check.
        using var pool = Sandboxes.Unguarded(options => options.Timeout = TimeSpan.FromSeconds(1));
        var result = await pool.ParseAsync(HostileDocx.NestedTables());
        Assert.Equal(ErrorCodes.Timeout, result.Error?.Code);
        Assert.Contains("1 seconds", result.Error!.Message);
        Assert.Empty(pool.ProcessIds);
    }

    [Fact]
    public async Task The_callers_cancellation_kills_the_busy_child_and_throws()
    {
        using var pool = Sandboxes.Unguarded();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pool.ParseAsync(HostileDocx.NestedTables(), cancel.Token));
        Assert.Empty(pool.ProcessIds);
        await pool.ReadAsync(PdfResume.SingleColumn(People.Backend));
    }

    [Fact]
    public async Task A_child_killed_while_idle_is_replaced_before_the_next_file()
    {
        using var pool = Sandboxes.Pool();
        await pool.ReadAsync(PdfResume.SingleColumn(People.Backend));
        var idle = Assert.Single(pool.ProcessIds);
        using (var process = Process.GetProcessById(idle))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        var resume = await pool.ReadAsync(PdfResume.SingleColumn(People.Designer));
        Assert.Equal(People.Designer.Name, resume.Basics.Name);
        Assert.NotEqual(idle, Assert.Single(pool.ProcessIds));
    }

    [Fact]
    public async Task A_child_is_replaced_after_its_quota_of_files()
    {
        using var pool = Sandboxes.Pool(configure: options => options.ParsesPerProcess = 2);
        var file = System.Text.Encoding.UTF8.GetBytes(TextResume.Plain(People.Backend));
        await pool.ReadAsync(file);
        var first = Assert.Single(pool.ProcessIds);
        await pool.ReadAsync(file);
        Assert.Empty(pool.ProcessIds);
        await pool.ReadAsync(file);
        Assert.NotEqual(first, Assert.Single(pool.ProcessIds));
    }

    [Fact]
    public async Task Files_are_parsed_side_by_side_in_at_most_the_pool_size_of_children()
    {
        using var pool = Sandboxes.Pool(processes: 2);
        var files = People.All.Select(p => PdfResume.SingleColumn(p)).Concat(People.All.Select(p => DocxResume.Build(p))).ToList();
        var results = await Task.WhenAll(files.Select(f => pool.ParseAsync(f)));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.ToString()));
        Assert.InRange(pool.ProcessIds.Count, 1, 2);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_too_large_without_being_sent_whole()
    {
        using var pool = Sandboxes.Pool();
        var result = await pool.ParseAsync(new byte[pool.Options.MaxFileBytes + 4096]);
        Assert.Equal(ErrorCodes.TooLarge, result.Error?.Code);
    }

    [Fact]
    public async Task Disposing_the_pool_ends_its_children()
    {
        var pool = Sandboxes.Pool(processes: 2);
        await Task.WhenAll(pool.ParseAsync(PdfResume.SingleColumn(People.Backend)), pool.ParseAsync(DocxResume.Build(People.Designer)));
        var children = pool.ProcessIds.ToList();
        Assert.NotEmpty(children);
        pool.Dispose();
        Assert.All(children, pid => Assert.False(IsRunning(pid), $"child {pid} outlived its pool"));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
