using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Oversight;

namespace ZezhouDisclosure.Web.Features.Oversight;

/// <summary>
/// Once a write that changed public records has committed, queues the units it touched for a re-check (the kinds
/// that carry a unit: documents, 年报, catalogues, …; a change without a unit, e.g. a column, waits for the nightly run).
/// </summary>
public sealed class PublicationRecheckListener(PublicationRecheckQueue queue) : IPublicContentListener
{
    public ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        queue.Enqueue(changes.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value));
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The incremental run: re-checks each queued unit on its own, as 系统 (<see cref="InspectionTrigger.Publication"/>);
/// findings of that unit that no longer hold close, its 整改 are verified, other units and site-wide findings are left
/// alone. Runs one at a time with the nightly and on-demand runs (the inspector serialises them).
/// </summary>
public sealed class PublicationRecheckService(
    PublicationRecheckQueue queue, IServiceScopeFactory scopes, ILogger<PublicationRecheckService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (var organisationId in queue.TakeAll())
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var summary = await scope.ServiceProvider.GetRequiredService<Inspector>().RunAsync(InspectionTrigger.Publication, organisationId, stoppingToken);
                    logger.LogInformation("Re-checked organisation {OrganisationId} after a publication: {Opened} opened, {Closed} closed", organisationId, summary.Opened, summary.Closed);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Re-check of organisation {OrganisationId} after a publication failed; the nightly run will catch up", organisationId);
                }
                finally
                {
                    queue.Done();
                }
            }
        }
    }
}
