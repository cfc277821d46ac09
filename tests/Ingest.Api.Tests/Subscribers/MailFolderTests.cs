using MimeKit;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>Without <c>Smtp:Host</c> (the all-in-one default), mail is written as .eml files under the data folder.</summary>
public sealed class MailFolderTests
{
    [Fact]
    public async Task Without_a_mail_server_confirmations_and_digests_become_eml_files_in_the_data_folder()
    {
        await using var app = new SubscriberApp(smtp: false);
        const string address = "dorothy@example.test";
        var folder = Path.Combine(app.App.DataPath, "mail");

        using (await app.SubscribeAsync(address))
        {
        }
        var confirmation = await WaitForFilesAsync(folder, 1);
        Assert.Equal(address, confirmation[0].To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@localhost", confirmation[0].From.Mailboxes.Single().Address);
        Assert.NotNull(confirmation[0].HtmlBody);
        using (var confirmed = await app.ConfirmAsync(SubscriberApp.LinkIn(confirmation[0], "confirm")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, confirmed.StatusCode);
        }

        Assert.Equal(1, (await app.SendDigestAsync("2026-W48")).Sent);
        var digest = (await WaitForFilesAsync(folder, 2)).Single(m => m.Headers.Contains("List-Unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.NotNull(digest.TextBody);
        Assert.NotNull(digest.HtmlBody);
        Assert.Empty(app.Mail.All);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    private static async Task<IReadOnlyList<MimeMessage>> WaitForFilesAsync(string folder, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.eml").Length < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"fewer than {count} .eml files in {folder}");
            await Task.Delay(20);
        }
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }
        return messages;
    }
}
