using MimeKit;

namespace Ingest.Api.Mail;

/// <summary>
/// The all-in-one mode's mail: each message becomes an <c>.eml</c> file in <c>{data folder}/mail</c>, which any mail
/// program opens. Written under a temporary name and renamed, so a reader never sees half a message.
/// </summary>
internal sealed class MailFolderSender(string folder, TimeProvider time) : IMailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Folder, name + ".tmp");
        try
        {
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(Folder, name + ".eml"));
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
