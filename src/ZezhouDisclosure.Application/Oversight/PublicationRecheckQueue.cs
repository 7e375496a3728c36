namespace ZezhouDisclosure.Application.Oversight;

/// <summary>
/// Units whose public records changed since the inspector last looked (a publication, a withdrawal, a correction):
/// each is queued once however many changes it had, and re-checked on its own (<see cref="Domain.Oversight.InspectionTrigger"/>
/// Publication) by the background worker, which closes the findings that no longer hold. One per node.
/// </summary>
public sealed class PublicationRecheckQueue
{
    private readonly Lock gate = new();
    private readonly HashSet<int> pending = [];
    private readonly SemaphoreSlim signal = new(0);
    private int inFlight;

    /// <summary>Nothing queued and nothing being re-checked.</summary>
    public bool IsIdle
    {
        get
        {
            lock (gate)
            {
                return pending.Count == 0 && inFlight == 0;
            }
        }
    }

    /// <summary>Queues the units; true when at least one was not queued yet.</summary>
    public bool Enqueue(IEnumerable<int> organisationIds)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        var added = false;
        lock (gate)
        {
            foreach (var id in organisationIds)
            {
                added |= pending.Add(id);
            }
        }

        if (added)
        {
            signal.Release();
        }

        return added;
    }

    /// <summary>Waits until something is queued.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(cancellationToken);

    /// <summary>Everything queued so far, in id order; the queue is empty afterwards and busy until <see cref="Done"/>.</summary>
    public IReadOnlyList<int> TakeAll()
    {
        lock (gate)
        {
            var all = pending.Order().ToList();
            pending.Clear();
            inFlight += all.Count;
            return all;
        }
    }

    /// <summary>One taken unit has been re-checked (or failed).</summary>
    public void Done()
    {
        lock (gate)
        {
            inFlight = Math.Max(0, inFlight - 1);
        }
    }
}
