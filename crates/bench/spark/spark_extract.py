"""The map step on Apache Spark: every partition of a JSON Lines article set is piped
through `dateline extract -`, and the record lines are saved as one part per partition.

Usage: spark_extract.py DATELINE_BINARY INPUT_JSONL OUTPUT_DIR PARTITIONS [--compact]

`dateline merge OUTPUT_DIR/part-*` is then the reduce step.
"""

import shlex
import sys

from pyspark import SparkConf, SparkContext


def main():
    binary, source, out, partitions = sys.argv[1:5]
    compact = "--compact" in sys.argv[5:]
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("dateline-map")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        articles = sc.textFile(source, minPartitions=int(partitions))
        command = [binary, "extract", "-"] + (["--compact"] if compact else [])
        # Each partition's lines go to one dateline process on its standard input; its
        # standard output, one record line per article, becomes the partition's output.
        # checkCode makes a failing dateline fail the job instead of losing records.
        records = articles.pipe(shlex.join(command), checkCode=True)
        records.saveAsTextFile(out)
        print(f"partitions: {articles.getNumPartitions()}")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
