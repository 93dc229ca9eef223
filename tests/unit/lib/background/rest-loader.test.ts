import { describe, expect, it, vi } from 'vitest';
import type { BackgroundRest } from '../../../../lib/background/background-rest';
import {
  installRest,
  REST_GLOBAL,
  REST_SCRIPT,
  restLoader,
} from '../../../../lib/background/rest-loader';

const deps = { expectedVersion: 'v1' };
const aRest = () => ({ prepare: vi.fn() }) as unknown as BackgroundRest;

describe('the rest of the background', () => {
  it("is imported by a worker on the first call that needs it, once, and started with the background's deps", () => {
    const rest = aRest();
    const start = vi.fn(() => rest);
    const scope = {
      importScripts: vi.fn(() => void Object.assign(scope, { [REST_GLOBAL]: start })),
    };
    const loader = restLoader(deps, scope);
    expect(loader.running()).toBeNull();
    expect(scope.importScripts).not.toHaveBeenCalled();
    expect(loader.get()).toBe(rest);
    expect(loader.get()).toBe(rest);
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
    expect(scope.importScripts).toHaveBeenCalledWith(REST_SCRIPT);
    expect(start).toHaveBeenCalledWith(deps);
    expect(loader.running()).toBe(rest);
  });

  it("is found where Firefox's manifest put it, with nothing imported", () => {
    const rest = aRest();
    const loader = restLoader(deps, { [REST_GLOBAL]: () => rest });
    expect(loader.get()).toBe(rest);
  });

  it('says so when its script did not load, and tries again on the next call', () => {
    const scope: { importScripts: () => void; [REST_GLOBAL]?: () => BackgroundRest } = {
      importScripts: vi.fn(),
    };
    const loader = restLoader(deps, scope);
    expect(() => loader.get()).toThrow(`${REST_SCRIPT} did not load`);
    const rest = aRest();
    scope[REST_GLOBAL] = () => rest;
    expect(loader.get()).toBe(rest);
  });

  it("is loaded while a worker installs (so it is installed with it), and not in Firefox's page", () => {
    let onInstall: (() => void) | undefined;
    const rest = aRest();
    const scope = {
      importScripts: vi.fn(() => void Object.assign(scope, { [REST_GLOBAL]: () => rest })),
      addEventListener: vi.fn((_type: 'install', listener: () => void) => (onInstall = listener)),
    };
    const loader = restLoader(deps, scope);
    installRest(loader, scope);
    expect(scope.importScripts).not.toHaveBeenCalled();
    onInstall?.();
    expect(loader.running()).toBe(rest);

    const page = { addEventListener: vi.fn() };
    installRest(restLoader(deps, page), page);
    expect(page.addEventListener).not.toHaveBeenCalled();
  });
});
