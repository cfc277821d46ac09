using Microsoft.Extensions.Options;
using Pipeline.Storage;

namespace Ingest.Api.Mail;

public static class MailRegistration
{
    /// <summary>The <c>Smtp</c> settings and the one <see cref="IMailSender"/> they choose.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMailSender>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            return smtp.UsesServer
                ? new SmtpMailSender(sp.GetRequiredService<IOptions<SmtpOptions>>())
                : new MailFolderSender(
                    Path.Combine(sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value.DataPath, "mail"),
                    sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
