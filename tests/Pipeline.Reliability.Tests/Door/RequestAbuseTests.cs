using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Door;

/// <summary>
/// Every way a request to <c>POST /api/v1/scans</c> can be wrong, sent to the real service: each answered at once with
/// a 4xx problem that names what is wrong (or, for a name it can make safe, accepted with the name made safe); never a
/// 5xx, never a hang, nothing kept from a refused request, and the service fine afterwards.
/// </summary>
[Collection(DoorCollection.Name)]
[Trait("Category", "Abuse")]
public sealed class RequestAbuseTests(DoorStack door)
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task No_file_field_is_a_400_naming_the_file_field()
    {
        var form = new MultipartFormDataContent { { new StringContent("backend-developer"), "role" } };
        await AssertRefusedAsync(form, HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Two_file_fields_are_a_400_asking_for_one_file()
    {
        var form = new MultipartFormDataContent
        {
            { File(ResumeFixtures.TextResume("First File")), "file", "first.txt" },
            { File(ResumeFixtures.TextResume("Second File")), "file", "second.txt" },
        };
        await AssertRefusedAsync(form, HttpStatusCode.BadRequest, "one file");
    }

    public static TheoryData<string, string> UnsafeFileNames() => new()
    {
        { new string('n', 10 * 1024) + ".txt", "10 KB" },
        { "../../../../etc/passwd", "traversal" },
        { "..\\..\\Windows\\win.ini", "Windows traversal" },
        { "/var/lib/postgresql/resume.txt", "absolute" },
    };

    /// <summary>A file name is only a label: it is kept short and without any folder, and the scan goes ahead.</summary>
    [Theory]
    [MemberData(nameof(UnsafeFileNames))]
    public async Task A_long_or_traversing_file_name_is_made_safe_and_the_scan_goes_ahead(string fileName, string kind)
    {
        var form = new MultipartFormDataContent();
        var content = File(ResumeFixtures.TextResume("Named Person"));
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName.Replace("\"", "") + "\"" };
        form.Add(content);
        using var http = door.Client();
        using var response = await http.PostAsync("/api/v1/scans", form);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var scan = (await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
        Assert.Equal("completed", (await new ScansClient(http).WaitForEndAsync(scan.Id, TimeSpan.FromMinutes(2))).Status);

        var stored = await StoredFileNameAsync(Guid.Parse(scan.Id));
        Assert.NotNull(stored);
        Assert.True(stored.Length <= 255, $"{kind}: a {stored.Length}-character name was kept");
        Assert.DoesNotContain("/", stored);
        Assert.DoesNotContain("\\", stored);
        Assert.DoesNotContain("..", stored);
    }

    public static TheoryData<string?> WrongContentTypes() => new()
    {
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/mixed; boundary=abc",
        "multipart/form-data",
        null,
    };

    [Theory]
    [MemberData(nameof(WrongContentTypes))]
    public async Task A_body_that_is_not_multipart_form_data_is_a_415_naming_what_to_send(string? contentType)
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"file":"resume.pdf"}"""));
        body.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        await AssertRefusedAsync(body, HttpStatusCode.UnsupportedMediaType, "multipart/form-data");
    }

    [Fact]
    public async Task A_role_of_10_KB_is_a_400_naming_the_role_and_its_limit()
    {
        var form = new MultipartFormDataContent
        {
            { File(ResumeFixtures.TextResume()), "file", "role.txt" },
            { new StringContent(new string('r', 10 * 1024)), "role" },
        };
        await AssertRefusedAsync(form, HttpStatusCode.BadRequest, "role");
    }

    [Fact]
    public async Task A_job_description_of_5_MB_is_a_400_naming_it_and_its_limit()
    {
        var form = new MultipartFormDataContent
        {
            { File(ResumeFixtures.TextResume()), "file", "job.txt" },
            { new StringContent(new string('j', 5 * 1024 * 1024)), "jobDescription" },
        };
        await AssertRefusedAsync(form, HttpStatusCode.BadRequest, "jobDescription");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(100)]
    public Task An_upload_far_over_the_limit_by_its_content_length_is_a_413_naming_the_limit(int megabytes) => AssertTooLargeAsync(megabytes, chunked: false);

    [Theory]
    [InlineData(30)]
    [InlineData(100)]
    public Task An_upload_far_over_the_limit_sent_in_chunks_is_a_413_naming_the_limit(int megabytes) => AssertTooLargeAsync(megabytes, chunked: true);

    private async Task AssertTooLargeAsync(int megabytes, bool chunked)
    {
        var before = await ScanCountAsync();
        var boundary = "----abuse" + Guid.NewGuid().ToString("N");
        var head = Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\nContent-Type: text/plain\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
        var size = megabytes * 1024L * 1024;
        var headers = new List<(string, string)> { ("Content-Type", $"multipart/form-data; boundary={boundary}") };
        headers.Add(chunked ? ("Transfer-Encoding", "chunked") : ("Content-Length", (head.Length + size + tail.Length).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var response = await RawHttp.SendAsync(door.Stack.Api.Url, "POST", "/api/v1/scans", headers, async stream =>
        {
            var line = Encoding.ASCII.GetBytes("Backend developer, C#, RabbitMQ, PostgreSQL, distributed systems.\n");
            var block = new byte[64 * 1024];
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = line[i % line.Length];
            }
            await Write(stream, head, chunked);
            for (long sent = 0; sent < size; sent += block.Length)
            {
                await Write(stream, block.AsMemory(0, (int)Math.Min(block.Length, size - sent)), chunked);
            }
            await Write(stream, tail, chunked);
            if (chunked)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }, NoHang);

        Assert.True(response.Status == 413, $"{megabytes} MB{(chunked ? " chunked" : "")}: {response.Status} {response.Body}");
        ProblemCheck.AssertNoLeak(response.Body);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Contains("MiB", ProblemCheck.Words(problem.RootElement));
        Assert.Equal(before, await ScanCountAsync());
        await AssertStillServingAsync();
    }

    /// <summary>The request arrives whole (a proxy or client cut the file, not the connection): the form ends inside the file.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_upload_whose_form_ends_halfway_through_the_file_is_a_400_saying_it_was_cut_off(bool chunked)
    {
        var before = await ScanCountAsync();
        var (body, headers) = CutForm(chunked);
        var half = body.AsMemory(0, body.Length / 2);
        if (!chunked)
        {
            headers[1] = ("Content-Length", half.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await RawHttp.SendAsync(door.Stack.Api.Url, "POST", "/api/v1/scans", headers, async stream =>
        {
            await Write(stream, half, chunked);
            if (chunked)
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }, NoHang);

        Assert.True(response.Status == 400, $"{response.Status} {response.Body}");
        ProblemCheck.AssertNoLeak(response.Body);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Contains("cut off", ProblemCheck.Words(problem.RootElement), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await ScanCountAsync());
        await AssertStillServingAsync();
    }

    /// <summary>
    /// The client hangs up halfway (its sending side shut mid-body): there is nobody left to answer, so the server may
    /// answer or just close; either way no 5xx, nothing kept, and the service goes on.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_that_hangs_up_halfway_leaves_nothing_behind(bool chunked)
    {
        var before = await ScanCountAsync();
        var (body, headers) = CutForm(chunked);

        var response = await RawHttp.SendAsync(door.Stack.Api.Url, "POST", "/api/v1/scans", headers,
            stream => Write(stream, body.AsMemory(0, body.Length / 2), chunked), NoHang, hangUp: true);

        Assert.True(response.Status is 0 or 400, $"{response.Status} {response.Body}");
        Assert.Equal(before, await ScanCountAsync());
        await AssertStillServingAsync();
    }

    private static (byte[] Body, List<(string, string)> Headers) CutForm(bool chunked)
    {
        var boundary = "----cut" + Guid.NewGuid().ToString("N");
        var body = Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\nContent-Type: text/plain\r\n\r\n")
            .Concat(ResumeFixtures.TextResume("Cut Off")).Concat(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n")).ToArray();
        var headers = new List<(string, string)> { ("Content-Type", $"multipart/form-data; boundary={boundary}") };
        headers.Add(chunked ? ("Transfer-Encoding", "chunked") : ("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (body, headers);
    }

    private async Task AssertRefusedAsync(HttpContent content, HttpStatusCode status, string naming)
    {
        var before = await ScanCountAsync();
        using var http = door.Client();
        http.Timeout = NoHang;
        using var response = await http.PostAsync("/api/v1/scans", content);
        var problem = await ProblemCheck.AssertProblemAsync(response, status);
        Assert.Contains(naming, ProblemCheck.Words(problem), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await ScanCountAsync());
    }

    private async Task AssertStillServingAsync()
    {
        using var http = door.Client();
        var scans = new ScansClient(http);
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("After Abuse"), "after.txt");
        Assert.Equal("completed", (await scans.WaitForEndAsync(scan.Id, TimeSpan.FromMinutes(2))).Status);
    }

    private static async Task Write(Stream stream, ReadOnlyMemory<byte> bytes, bool chunked)
    {
        if (chunked)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{bytes.Length:X}\r\n"));
            await stream.WriteAsync(bytes);
            await stream.WriteAsync("\r\n"u8.ToArray());
        }
        else
        {
            await stream.WriteAsync(bytes);
        }
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private async Task<long> ScanCountAsync()
    {
        await using var connection = new NpgsqlConnection(door.Stack.Environment["ConnectionStrings__Pipeline"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"Scans\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string?> StoredFileNameAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(door.Stack.Environment["ConnectionStrings__Pipeline"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"FileName\" FROM \"Scans\" WHERE \"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync() as string;
    }
}
