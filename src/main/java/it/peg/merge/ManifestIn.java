package it.peg.merge;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The reading side of {@link NightManifest}'s writer ({@link ManifestOut}), over the bytes as read.
 */
final class ManifestIn extends IndexedTextIn {
    ManifestIn(java.nio.ByteBuffer data) {
        super(data);
    }

    boolean bool() {
        return data.get() != 0;
    }

    NightManifest.Entry entry() throws IOException {
        FileStamp stamp = new FileStamp(data.getLong(), data.getLong(), data.getLong(), text());
        return new NightManifest.Entry(stamp, bool(), text());
    }

    /**
     * The entries as written (from a sorted map: in ascending order, which {@link Ascending} lets the record's
     * {@code TreeMap} take in one pass, where 2,000 {@code put}s compared names in cold code); put one by one when
     * they are not.
     */
    SortedMap<String, NightManifest.Entry> entries() throws IOException {
        int n = data.getInt();
        if (n < 0 || n > data.remaining()) {
            throw new IOException("bad count " + n);
        }
        String[] keys = new String[n];
        NightManifest.Entry[] values = new NightManifest.Entry[n];
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            keys[i] = text();
            values[i] = entry();
            ascending = ascending && (i == 0 || keys[i - 1].compareTo(keys[i]) < 0);
        }
        if (ascending) {
            return new Ascending(keys, values);
        }
        SortedMap<String, NightManifest.Entry> entries = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            entries.put(keys[i], values[i]);
        }
        return entries;
    }

    /**
     * Keys in strictly ascending order with their values, as a sorted map that is only read through its entries:
     * {@code new TreeMap<>(sorted)} builds its tree from them in one pass, with no comparison.
     */
    static final class Ascending extends java.util.AbstractMap<String, NightManifest.Entry>
            implements SortedMap<String, NightManifest.Entry> {
        private final String[] keys;
        private final NightManifest.Entry[] values;

        Ascending(String[] keys, NightManifest.Entry[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public java.util.Comparator<? super String> comparator() {
            return null; // the keys' natural order
        }

        @Override
        public java.util.Set<Map.Entry<String, NightManifest.Entry>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Map.Entry<String, NightManifest.Entry>> iterator() {
                    return new java.util.Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Map.Entry<String, NightManifest.Entry> next() {
                            if (next >= keys.length) {
                                throw new java.util.NoSuchElementException();
                            }
                            int i = next++;
                            return new java.util.AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @Override
        public SortedMap<String, NightManifest.Entry> subMap(String fromKey, String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, NightManifest.Entry> headMap(String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, NightManifest.Entry> tailMap(String fromKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String firstKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String lastKey() {
            throw new UnsupportedOperationException();
        }
    }
}
