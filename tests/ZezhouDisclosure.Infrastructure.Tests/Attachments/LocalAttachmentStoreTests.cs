using ZezhouDisclosure.Infrastructure.Attachments;

namespace ZezhouDisclosure.Infrastructure.Tests.Attachments;

public sealed class LocalAttachmentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "zd-tests", "store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Save_Content_IsReadBackUnderAGeneratedKeyWithNoTemporaryFileLeft()
    {
        var store = new LocalAttachmentStore(_root);

        var key = await store.SaveAsync(new MemoryStream([1, 2, 3]), ".pdf", CancellationToken.None);

        Assert.Matches("^[0-9a-f]{32}\\.pdf$", key);
        await using (var read = store.OpenRead(key))
        using (var copy = new MemoryStream())
        {
            await read.CopyToAsync(copy);
            Assert.Equal([1, 2, 3], copy.ToArray());
        }

        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories);
        Assert.Equal(Path.Combine(_root, key[..2], key), Assert.Single(files));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("..\\..\\web.config")]
    [InlineData("/etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef.pdf/../../x")]
    [InlineData("0123456789abcdef0123456789abcdef.html")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.pdf")]
    [InlineData("0123456789abcdef0123456789abcdef.pdf\n")]
    [InlineData("")]
    public void OpenRead_KeyNotOfTheGeneratedForm_IsRefused(string key)
    {
        var store = new LocalAttachmentStore(_root);

        Assert.Throws<ArgumentException>(() => store.OpenRead(key));
        Assert.Throws<ArgumentException>(() => store.Delete(key));
    }

    [Fact]
    public async Task Delete_StoredKey_RemovesTheFile()
    {
        var store = new LocalAttachmentStore(_root);
        var key = await store.SaveAsync(new MemoryStream([1]), ".png", CancellationToken.None);

        store.Delete(key);

        Assert.Throws<FileNotFoundException>(() => store.OpenRead(key));
    }
}
