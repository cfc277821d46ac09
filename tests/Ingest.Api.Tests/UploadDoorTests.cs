using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pipeline.Testing;
using Resume.Fixtures;

namespace Ingest.Api.Tests;

/// <summary>
/// Clear answers at the door, over real sockets (Kestrel, as in every mode outside the tests): an upload past the size
/// limit is a 413 problem whether its length is declared or it arrives chunked, a body that is not a form is a 415
/// problem naming what to send, and every form field past its limit is a 400 naming the field.
/// </summary>
public sealed class UploadDoorTests(UploadDoorTests.KestrelApp fixture) : IClassFixture<UploadDoorTests.KestrelApp>
{
    private const int Limit = 256 * 1024;
    private readonly HttpClient _http = fixture.Http;

    public sealed class KestrelApp : IAsyncLifetime
    {
        public AllInOneApp App { get; } = new(new Dictionary<string, string?> { ["Ingest:MaxUploadBytes"] = Limit.ToString() });
        public HttpClient Http { get; private set; } = null!;

        public Task InitializeAsync()
        {
            App.UseKestrel(0);
            App.StartServer();
            Http = App.CreateClient();
            Http.Timeout = TimeSpan.FromSeconds(60);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            Http.Dispose();
            await App.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(30)]
    [InlineData(100)]
    public async Task An_upload_declared_larger_than_the_limit_is_a_413_problem_before_its_body_is_read(int megabytes)
    {
        // As curl sends a large form: its length declared, and the body held back until the server says continue.
        using var form = Form(ResumeFixtures.LargeText(megabytes * 1024 * 1024));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans") { Content = form };
        request.Headers.ExpectContinue = true;
        using var response = await _http.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Contains("MiB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chunked_upload_that_passes_the_limit_is_a_413_problem()
    {
        using var form = Form(ResumeFixtures.LargeText(4 * Limit));
        var body = await form.ReadAsByteArrayAsync();
        using var content = new StreamContent(new MemoryStream(body)); // no length: sent chunked
        content.Headers.ContentType = form.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await _http.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    [Fact]
    public async Task A_form_whose_other_fields_pass_the_body_limit_is_a_413_problem()
    {
        using var form = Form(ResumeFixtures.TextResume());
        form.Add(new ByteArrayContent(new byte[Limit * 3]), "padding");
        using var response = await _http.PostAsync("/api/v1/scans", form);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    [Theory]
    [InlineData("application/json", "{\"file\":\"cv.pdf\"}")]
    [InlineData("application/pdf", "%PDF-1.7")]
    [InlineData("application/x-www-form-urlencoded", "file=cv.pdf")]
    public async Task A_body_that_is_not_a_multipart_form_is_a_415_problem_naming_what_to_send(string mediaType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using var response = await _http.PostAsync("/api/v1/scans", content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("multipart/form-data", detail);
        Assert.Contains("'file'", detail);
    }

    public static TheoryData<string, int> FieldsPastTheirLimit => new()
    {
        { "role", 65 },
        { "role", 5000 },
        { "callbackUrl", 2049 },
        { "jobDescription", 20_001 },
    };

    [Theory]
    [MemberData(nameof(FieldsPastTheirLimit))]
    public async Task A_field_past_its_limit_is_a_400_naming_the_field(string field, int length)
    {
        using var form = Form(ResumeFixtures.TextResume());
        form.Add(new StringContent(new string('x', length)), field);
        using var response = await _http.PostAsync("/api/v1/scans", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains("characters", message);
    }

    [Fact]
    public async Task A_field_sent_twice_is_a_400_naming_it()
    {
        using var form = Form(ResumeFixtures.TextResume());
        form.Add(new StringContent("backend-developer"), "role");
        form.Add(new StringContent("data-engineer"), "role");
        using var response = await _http.PostAsync("/api/v1/scans", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task A_windows_1252_text_resume_is_read_as_text_to_the_end()
    {
        var scans = new ScansClient(_http);
        var accepted = await scans.SubmitAcceptedAsync(HostileText.Windows1252Resume(), "zoe.txt");
        var done = await scans.WaitForEndAsync(accepted.Id, TimeSpan.FromSeconds(90));

        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        using var resume = JsonDocument.Parse(await _http.GetStringAsync(done.Links["resume"]));
        Assert.Equal("Zoë Müller-Ångström", resume.RootElement.GetProperty("basics").GetProperty("name").GetString());
    }

    private static MultipartFormDataContent Form(byte[] file)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "resume.txt");
        return form;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        return problem.RootElement.Clone();
    }
}
