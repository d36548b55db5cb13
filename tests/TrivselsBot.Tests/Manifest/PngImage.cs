using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TrivselsBot.Tests.Manifest;

/// <summary>Just enough of PNG to check the icons: the IHDR header, and the pixels of 8-bit RGBA images.</summary>
public sealed record PngImage(int Width, int Height, int BitDepth, int ColorType, byte[] Idat)
{
    public const int Rgba = 6;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Read(byte[] bytes)
    {
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("not a PNG: the signature is missing");
        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                bitDepth = data[8];
                colorType = data[9];
                if (data[12] != 0) throw new InvalidDataException("interlaced PNGs are not read here");
            }
            if (type == "IDAT") idat.Write(data);
            if (type == "IEND") break;
            at += 12 + length;
        }
        if (width == 0) throw new InvalidDataException("not a PNG: no IHDR");
        return new PngImage(width, height, bitDepth, colorType, idat.ToArray());
    }

    /// <summary>The RGBA bytes, row by row, with the PNG row filters undone.</summary>
    public byte[] RgbaPixels()
    {
        if (ColorType != Rgba || BitDepth != 8) throw new InvalidDataException($"expected 8-bit RGBA, got colour type {ColorType} at {BitDepth} bits");
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(Idat), CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        const int bpp = 4;
        var stride = Width * bpp;
        var pixels = new byte[Height * stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? pixels[y * stride + x - bpp] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} in row {y}"),
                };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
