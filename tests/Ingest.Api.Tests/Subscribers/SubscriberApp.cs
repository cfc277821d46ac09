using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Ingest.Api.Subscribers.Digest;
using Ingest.Api.Subscribers.Subscribe;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>The all-in-one app with its mail going to a <see cref="MailCatcher"/>, an admin key, and a clock the test can move.</summary>
public sealed class SubscriberApp : IAsyncDisposable
{
    public const string AdminKey = "digest-admin-key";
    public const string PublicBaseUrl = "https://tips.pipeline.test";

    private readonly bool _ownsMail;

    /// <param name="mail">A mail server shared with other instances; by default the app has its own.</param>
    public SubscriberApp(IReadOnlyDictionary<string, string?>? settings = null, bool smtp = true, MailCatcher? mail = null)
    {
        _ownsMail = mail is null;
        Mail = mail ?? new MailCatcher();
        var all = smtp ? Mail.Settings : new Dictionary<string, string?>();
        all["Admin:ApiKey"] = AdminKey;
        all["PublicBaseUrl"] = PublicBaseUrl;
        all["Subscribers:RequestsPerWindow"] = "10000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        App = new AllInOneApp(all, services => services.AddSingleton<TimeProvider>(Clock));
        Http = App.CreateClient();
    }

    public MailCatcher Mail { get; }
    public TestClock Clock { get; } = new();
    public AllInOneApp App { get; }
    public HttpClient Http { get; }

    public Task<HttpResponseMessage> SubscribeAsync(string email, string? role = "backend-developer") =>
        Http.PostAsJsonAsync("/api/v1/subscribers", new { email, role });

    /// <summary>Subscribes and presses the confirmation page's button (a POST to the mailed link).</summary>
    public async Task SubscribeAndConfirmAsync(string email, string role = "backend-developer")
    {
        using var subscribed = await SubscribeAsync(email, role);
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        using var confirmed = await ConfirmAsync(await ConfirmationLinkAsync(email));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    /// <summary>What the confirmation page's button does: a POST to the link from the mail.</summary>
    public Task<HttpResponseMessage> ConfirmAsync(Uri link, string? accept = null) => FollowAsync(link, HttpMethod.Post, accept: accept);

    /// <summary>The link in the <paramref name="nth"/> mail <paramref name="email"/> received, which must be a confirmation.</summary>
    public async Task<Uri> ConfirmationLinkAsync(string email, int nth = 1)
    {
        var mail = (await Mail.WaitForAsync(email, nth))[nth - 1];
        Assert.Equal(ConfirmationMail.Subject, mail.Subject);
        return LinkIn(mail, "confirm");
    }

    public static Uri LinkIn(MimeMessage mail, string path)
    {
        var match = Regex.Match(mail.TextBody ?? "", $@"{Regex.Escape(PublicBaseUrl)}/api/v1/subscribers/{path}\?token=[A-Za-z0-9_%-]+");
        Assert.True(match.Success, $"no {path} link in:\n{mail.TextBody}");
        return new Uri(match.Value);
    }

    /// <summary>Opens a mail link on this app (its host is the public one, the path and token are what count).</summary>
    public Task<HttpResponseMessage> FollowAsync(Uri link, HttpMethod? method = null, HttpContent? content = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, link.PathAndQuery) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        return Http.SendAsync(request);
    }

    public async Task<DigestRunResult> SendDigestAsync(string? week = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, week is null ? "/api/v1/admin/digests/send" : $"/api/v1/admin/digests/send?week={week}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DigestRunResult>())!;
    }

    /// <summary>Waits until Hangfire has no job queued or running, so every mail a request caused has gone out.</summary>
    public async Task WaitForJobsAsync()
    {
        var monitor = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        // Idle twice in a row: a job a worker has just taken off the queue may not count as processing yet.
        for (var idle = 0; idle < 2; idle = Busy() ? 0 : idle + 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "Hangfire jobs did not finish");
            await Task.Delay(50);
        }

        bool Busy()
        {
            var statistics = monitor.GetStatistics();
            return statistics.Enqueued + statistics.Processing > 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        if (_ownsMail)
        {
            await Mail.DisposeAsync();
        }
    }
}
