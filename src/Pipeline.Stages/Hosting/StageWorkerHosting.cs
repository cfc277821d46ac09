using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Pipeline.Stages.Messaging;
using Pipeline.Storage;

namespace Pipeline.Stages.Hosting;

public static class StageWorkerHosting
{
    /// <summary>A worker: the blob store, the bus and the one stage <paramref name="stage"/> adds. No database.</summary>
    public static WebApplicationBuilder AddStageWorker(this WebApplicationBuilder builder, string defaultUrl, Action<IBusRegistrationConfigurator> stage)
    {
        builder.UseDefaultUrl(defaultUrl);
        builder.AddBlobStore();
        builder.AddPipelineBus(stage);
        return builder;
    }

    /// <summary>Listens on <paramref name="url"/> unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or <c>Urls</c> says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(url);
        }
        return builder;
    }
}
