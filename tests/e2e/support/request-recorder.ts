/** The dead-end proxy the Firefox tests send every outside request to; it lives with the fuzzer's tools. */
export * from '../../../scripts/lib/request-recorder';
