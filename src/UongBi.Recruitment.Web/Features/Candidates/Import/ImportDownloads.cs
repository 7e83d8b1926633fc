using System.Collections.Concurrent;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>
/// Error workbooks waiting to be downloaded: the page makes one in the circuit, the browser fetches it over HTTP
/// (<c>GET /import/errors/{token}</c>). Each is bound to the account that made it, lives 15 minutes and is
/// fetched by an unguessable token; it holds personal data, so it is kept in memory only and never on disk.
/// </summary>
public sealed class ImportDownloads(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const int MaxWaiting = 200;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public Guid Add(string userId, string fileName, byte[] content)
    {
        Sweep();

        // One waiting workbook per account: a new upload replaces the last one, so re-uploading can neither grow
        // memory nor push other users' files out.
        foreach (var (key, entry) in _entries)
        {
            if (entry.UserId == userId)
            {
                _entries.TryRemove(key, out _);
            }
        }

        if (_entries.Count >= MaxWaiting)
        {
            // Bounded: the oldest waiting workbook goes first.
            if (_entries.OrderBy(e => e.Value.Expires).FirstOrDefault() is { Key: var oldest } && oldest != Guid.Empty)
            {
                _entries.TryRemove(oldest, out _);
            }
        }

        var token = Guid.NewGuid();
        _entries[token] = new Entry(userId, fileName, content, clock.GetUtcNow() + Lifetime);
        return token;
    }

    public (string FileName, byte[] Content)? Take(Guid token, string? userId)
    {
        Sweep();
        return userId is not null && _entries.TryGetValue(token, out var entry) && entry.UserId == userId
            ? (entry.FileName, entry.Content)
            : null;
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires < now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(string UserId, string FileName, byte[] Content, DateTimeOffset Expires);
}
